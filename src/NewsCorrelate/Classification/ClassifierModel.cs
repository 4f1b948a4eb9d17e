using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>A trained multi-label classifier: featurizer settings, vocabulary with idf, and per tag a calibrated
/// logistic model with its threshold. Immutable and thread-safe: classify from as many threads as you like.</summary>
public sealed class ClassifierModel
{
    /// <summary>At most this many evidence sentences per assigned tag.</summary>
    public const int MaxEvidence = 3;

    private readonly Featurizer featurizer;
    private readonly Lazy<string> version;

    public ClassifierModel(FeatureSettings settings, Vocabulary vocabulary, IReadOnlyList<TagModel> tags, TrainingInfo training)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(training);
        if (tags.Count == 0) throw new ArgumentException("A model needs at least one tag.", nameof(tags));
        if (tags.Any(t => t.Document.Weights.Length != vocabulary.Size || t.Passage.Weights.Length != vocabulary.Size))
            throw new ArgumentException("Every tag's weights must match the vocabulary size.", nameof(tags));
        if (tags.Select(t => t.Tag).Distinct().Count() != tags.Count) throw new ArgumentException("Tags must be distinct.", nameof(tags));
        Settings = settings;
        Vocabulary = vocabulary;
        Tags = tags;
        Training = training;
        featurizer = new Featurizer(settings);
        version = new Lazy<string>(() => ModelFile.VersionOf(this));
    }

    public FeatureSettings Settings { get; }
    public Vocabulary Vocabulary { get; }
    public IReadOnlyList<TagModel> Tags { get; }
    public TrainingInfo Training { get; }
    public IReadOnlyList<Tag> Labels => Tags.Select(t => t.Tag).ToList();

    /// <summary>"nc-" and the first 12 hex characters of the SHA-256 of the model's serialised payload: equal models
    /// have equal versions.</summary>
    public string Version => version.Value;

    /// <summary>The weighted feature vector the tag models score.</summary>
    public SparseVector Featurize(string text) => Vocabulary.Weigh(featurizer.Count(text));

    /// <summary>Calibrated probability of every tag, without evidence (used for ranking and evaluation), from the
    /// whole article's score and its best passage's (<see cref="Featurizer.CountPassages"/>).</summary>
    public double[] Probabilities(ClassifierInput input) => Probabilities(input, out _);

    private double[] Probabilities(ClassifierInput input, out ArticleCounts counts)
    {
        ArgumentNullException.ThrowIfNull(input);
        counts = featurizer.CountPassages(input);
        var passages = counts.Passages.Select(Vocabulary.Weigh).ToList();
        var whole = counts.Passages.Count == 1 ? passages[0] : Vocabulary.Weigh(counts.Whole);
        return Tags.Select(t => t.Probability(whole, passages)).ToArray();
    }

    /// <summary>Scores every tag; assigned tags come with their evidence sentences.</summary>
    public ArticleClassification Classify(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var probabilities = Probabilities(input, out var counts);
        IReadOnlyList<(string Sentence, SparseVector X)>? sentences = null;
        var scores = new List<TagScore>(Tags.Count);
        for (var t = 0; t < Tags.Count; t++)
        {
            var assigned = probabilities[t] >= Tags[t].Threshold;
            IReadOnlyList<string> evidence = [];
            if (assigned)
            {
                // the sentences were counted for the passages already (unless passages are off)
                sentences ??= counts.Sentences.Count > 0 ? counts.Sentences.Select(c => (c.Text, Vocabulary.Weigh(c.Counts))).ToList() : SentencesOf(input);
                evidence = Evidence(Tags[t], sentences);
            }
            scores.Add(new TagScore(Tags[t].Tag, probabilities[t], assigned, evidence));
        }
        return new ArticleClassification(input.Id, scores);
    }

    /// <summary>The sentences of an article (headline first) ranked by one tag's model: the best always, the next ones
    /// while they reach the tag's own threshold, at most <see cref="MaxEvidence"/>.</summary>
    public IReadOnlyList<string> Evidence(Tag tag, ClassifierInput input)
    {
        var model = Tags.FirstOrDefault(t => t.Tag == tag) ?? throw new ArgumentException($"The model has no tag '{tag}'.", nameof(tag));
        return Evidence(model, SentencesOf(input));
    }

    private List<(string, SparseVector)> SentencesOf(ClassifierInput input) =>
        input.Sentences().Select(s => (s, Featurize(s))).ToList();

    private static List<string> Evidence(TagModel model, IReadOnlyList<(string Sentence, SparseVector X)> sentences)
    {
        var ranked = sentences
            .Select((s, i) => (s.Sentence, P: model.Probability(s.X), i))
            .OrderByDescending(s => s.P).ThenBy(s => s.i)
            .ToList();
        var evidence = new List<string>();
        foreach (var (sentence, p, _) in ranked)
        {
            if (evidence.Count == MaxEvidence || (evidence.Count > 0 && p < model.Threshold)) break;
            if (!evidence.Contains(sentence)) evidence.Add(sentence);
        }
        return evidence;
    }
}
