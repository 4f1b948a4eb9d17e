namespace NewsCorrelate.Classification;

/// <summary>How text becomes features. Recorded in the model file so classification uses exactly the settings
/// the model was trained with.</summary>
/// <param name="WordNgramMax">Longest word n-gram (1 = unigrams only, 2 = unigrams and bigrams).</param>
/// <param name="CharNgramMin">Shortest character n-gram taken inside a word (padded with a boundary mark); 0 disables them.</param>
/// <param name="CharNgramMax">Longest character n-gram inside a word.</param>
/// <param name="HashBits">Features are hashed into 2^HashBits buckets (memory stays bounded whatever the vocabulary).</param>
/// <param name="MinDocumentFrequency">A bucket must occur in at least this many training articles to be kept.</param>
/// <param name="PassageWords">Articles longer than one and a half times this many words are also read as passages of
/// about this many words, scored by each tag's passage model (0: whole articles only, each its own single passage).</param>
/// <param name="Stem">Words are reduced to their Porter stems before n-grams are formed ("eased" = "easing").</param>
/// <param name="Concepts">Concept lexicon whose concepts, and pairs of nearby concepts, become extra features
/// (<see cref="ConceptLexicon.Empty"/>: none).</param>
/// <param name="ConceptWindow">Two concept occurrences form a pair when at most this many words lie between them.</param>
public sealed record FeatureSettings(int WordNgramMax, int CharNgramMin, int CharNgramMax, int HashBits, int MinDocumentFrequency, int PassageWords,
    bool Stem, ConceptLexicon Concepts, int ConceptWindow)
{
    /// <summary>Stemmed word uni- and bigrams, 2^18 buckets, features seen in 2+ articles; passages of 60 words; the
    /// shipped concept lexicon with pairs up to 4 words apart. Passages and concepts raised cross-validated macro F1 on
    /// the corpus from 0.871 to 0.897 and held-out F1 on articles inside roundups from 0.640 to 0.821 (0.933 to 0.917 on
    /// the held-out articles as written); see models/README.md. Character n-grams are off: on the first corpus they
    /// did not raise F1 (0.825 vs 0.822) and cost about 3.5 times the time. 2^18 buckets keep training on 10,000
    /// articles within its time budget at no cost in F1 (0.824 vs 0.822 with 2^20).</summary>
    public static FeatureSettings Default { get; } = new(2, 0, 0, 18, 2, 60, true, ConceptLexicon.Default, 4) { Attribution = true };

    /// <summary>The default plus character 3-5-grams inside words (<c>train --char-ngrams</c>).</summary>
    public static FeatureSettings WithCharacterNgrams { get; } = new(2, 3, 5, 18, 2, 60, true, ConceptLexicon.Default, 4) { Attribution = true };

    /// <summary>Attribution features (<see cref="Featurizer"/>): in a sentence that gives a cause for a move in the flow
    /// (or that follows a sentence reporting one), or that sets a move against a development ("despite"), the other
    /// concepts of the sentence are also counted as attributed (or contrasted) concepts. Needs a lexicon with the
    /// concepts cause_attribution, flow_up, flow_down, background_past and contrast_despite.</summary>
    public bool Attribution { get; init; }

    public int WordNgramMax { get; } = WordNgramMax is >= 1 and <= 3 ? WordNgramMax : throw new ArgumentOutOfRangeException(nameof(WordNgramMax), WordNgramMax, "Word n-grams: 1 to 3.");
    public int CharNgramMin { get; } = CharNgramMin is 0 or (>= 2 and <= 8) ? CharNgramMin : throw new ArgumentOutOfRangeException(nameof(CharNgramMin), CharNgramMin, "Character n-grams: 0 (off) or 2 to 8.");
    public int CharNgramMax { get; } = CharNgramMax is >= 0 and <= 8 && CharNgramMax >= CharNgramMin ? CharNgramMax : throw new ArgumentOutOfRangeException(nameof(CharNgramMax), CharNgramMax, "CharNgramMax must be at least CharNgramMin and at most 8.");
    public int HashBits { get; } = HashBits is >= 10 and <= 24 ? HashBits : throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "Hash bits: 10 to 24.");
    public int MinDocumentFrequency { get; } = MinDocumentFrequency >= 1 ? MinDocumentFrequency : throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "At least 1.");

    public int PassageWords { get; } = PassageWords is 0 or (>= 20 and <= 2000) ? PassageWords : throw new ArgumentOutOfRangeException(nameof(PassageWords), PassageWords, "Passage words: 0 (off) or 20 to 2000.");

    public ConceptLexicon Concepts { get; } = Concepts ?? throw new ArgumentNullException(nameof(Concepts));
    public int ConceptWindow { get; } = ConceptWindow is >= 0 and <= 20 ? ConceptWindow : throw new ArgumentOutOfRangeException(nameof(ConceptWindow), ConceptWindow, "Concept window: 0 to 20 words.");

    /// <summary>These settings with other passage, stemming, concept and attribution choices (attribution features need
    /// concepts: without a lexicon they are off).</summary>
    public FeatureSettings With(int passageWords, bool stem, ConceptLexicon concepts, bool attribution) =>
        new(WordNgramMax, CharNgramMin, CharNgramMax, HashBits, MinDocumentFrequency, passageWords, stem, concepts, ConceptWindow)
        {
            Attribution = attribution && !concepts.IsEmpty, // a null lexicon is refused by the constructor before this runs
        };

    public int Buckets => 1 << HashBits;
}
