using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class ConceptLexiconTests
{
    private const string Sample = """
        # test lexicon
        [ease]
        ease
        roll back
        scale back
        [tension]
        tensions
        friction
        trade war
        [restriction]
        export controls
        controls
        """;

    private static List<string> Stems(string text) => Tokenizer.Tokenize(text).ConvertAll(PorterStemmer.Stem);

    private static List<string> Found(ConceptLexicon lexicon, string text) =>
        lexicon.Match(Stems(text)).Select(m => lexicon.Concepts[m.Concept]).ToList();

    [Fact]
    public void Inflected_words_and_phrases_match_their_concept()
    {
        var lexicon = ConceptLexicon.Parse(Sample);
        Assert.Equal(["tension", "ease", "ease"], Found(lexicon, "Trade tensions eased after Washington rolled back the rules."));
        Assert.Equal(["ease", "tension"], Found(lexicon, "an easing of friction"));
    }

    [Fact]
    public void The_longest_entry_wins_and_matching_resumes_after_it()
    {
        var lexicon = ConceptLexicon.Parse(Sample);
        var found = lexicon.Match(Stems("new export controls"));
        Assert.Single(found);
        Assert.Equal((1, 3), (found[0].Start, found[0].End));
    }

    [Theory]
    [InlineData("[broken\nword", 1)]
    [InlineData("orphan entry\n[ease]\nease", 1)]
    [InlineData("[ease]\nease\n[ease]\nrelax", 3)]
    [InlineData("[ease]\n,,,", 2)]
    public void A_malformed_lexicon_is_refused_with_its_line(string source, int line)
    {
        var e = Assert.Throws<FormatException>(() => ConceptLexicon.Parse(source));
        Assert.Contains($"line {line}", e.Message);
    }

    [Fact]
    public void The_shipped_lexicon_loads_and_each_entry_belongs_to_one_concept()
    {
        var lexicon = ConceptLexicon.Default;
        Assert.True(lexicon.Concepts.Count >= 20, $"only {lexicon.Concepts.Count} concepts");
        Assert.Equal(lexicon.Concepts.Count, lexicon.Concepts.Distinct().Count());
    }

    [Fact]
    public void Concept_features_link_synonyms_that_share_no_word()
    {
        var settings = new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(Sample), 4);
        var featurizer = new Featurizer(settings);
        var plain = new Featurizer(settings.With(0, true, ConceptLexicon.Empty, false));
        var a = featurizer.Count("tensions eased").Indices.ToHashSet();
        var b = featurizer.Count("friction was scaled back").Indices.ToHashSet();
        Assert.Empty(plain.Count("tensions eased").Indices.Intersect(plain.Count("friction was scaled back").Indices));
        // both carry "tension", "ease" and the pair tension+ease
        Assert.Equal(3, a.Intersect(b).Count());
    }

    [Fact]
    public void Concepts_far_apart_do_not_form_a_pair()
    {
        var featurizer = new Featurizer(new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(Sample), 2));
        // the pair feature: what "tensions eased" has beyond the features of its two words alone (unigrams only)
        var pair = featurizer.Count("tensions eased").Indices
            .Except(featurizer.Count("tensions").Indices).Except(featurizer.Count("eased").Indices).ToList();
        Assert.Single(pair);
        Assert.Contains(pair[0], featurizer.Count("tensions have eased").Indices);
        Assert.DoesNotContain(pair[0], featurizer.Count("tensions were said by many to have eased").Indices);
    }

    private const string AttributionSample = """
        [ease]
        eased
        [truce]
        truce
        [flow_up]
        rose
        [flow_down]
        fell
        [cause_attribution]
        as
        because of
        reflect
        [background_past]
        earlier
        [contrast_despite]
        despite
        """;

    /// <summary>The features attribution adds to a text: those of the featurizer with attribution on and not the ones of
    /// the same featurizer with it off.</summary>
    private static HashSet<int> Attributed(string text, int passageWords = 0)
    {
        var settings = new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(AttributionSample), 4);
        var on = new Featurizer(settings.With(passageWords, true, settings.Concepts, true));
        var off = new Featurizer(settings.With(passageWords, true, settings.Concepts, false));
        if (passageWords == 0) return on.Count(text).Indices.Except(off.Count(text).Indices).ToHashSet();
        var input = new ClassifierInput("x", "", text);
        return on.CountPassages(input).Whole.Indices.Except(off.CountPassages(input).Whole.Indices).ToHashSet();
    }

    [Fact]
    public void A_sentence_that_gives_a_cause_for_a_move_counts_its_concepts_as_attributed()
    {
        var attributed = Attributed("Exports rose as tensions eased.");
        Assert.NotEmpty(attributed);
        // the same cause in other words carries the same attributed features
        Assert.Equal(attributed, Attributed("Shipments fell because of what eased."));
        // no move, or no cause: nothing attributed
        Assert.Empty(Attributed("Tensions eased as the talks went on."));
        Assert.Empty(Attributed("Exports rose and tensions eased."));
    }

    [Fact]
    public void A_cause_in_the_sentence_after_the_move_is_attributed_to_it()
    {
        // "This may reflect..." after the figures: the move is in the sentence before
        var text = "Exports rose by a third in the month to a new high. This may reflect that tensions eased. " +
            "The rest of this article is here to make it long enough to be read in passages of a few words each.";
        Assert.NotEmpty(Attributed(text, passageWords: 20));
        Assert.Empty(Attributed("Tensions were a theme of the month. This may reflect that tensions eased. " +
            "The rest of this article is here to make it long enough to be read in passages of a few words each.", passageWords: 20));
    }

    [Fact]
    public void A_move_despite_a_development_and_an_earlier_cause_are_told_apart_from_a_present_cause()
    {
        var cause = Attributed("Exports rose as the truce held.");
        var despite = Attributed("Exports fell despite the truce.");
        var earlier = Attributed("Exports fell earlier as the truce held.");
        Assert.NotEmpty(despite);
        Assert.NotEmpty(earlier);
        Assert.Empty(cause.Intersect(despite));
        Assert.Empty(cause.Intersect(earlier));
    }

    [Fact]
    public void Attribution_needs_its_concepts_and_is_off_without_a_lexicon()
    {
        var settings = new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(Sample), 4) { Attribution = true };
        var error = Assert.Throws<ArgumentException>(() => new Featurizer(settings));
        Assert.Contains("cause_attribution", error.Message, StringComparison.Ordinal);
        Assert.False(FeatureSettings.Default.With(0, true, ConceptLexicon.Empty, true).Attribution);
        Assert.True(FeatureSettings.Default.Attribution);
    }
}
