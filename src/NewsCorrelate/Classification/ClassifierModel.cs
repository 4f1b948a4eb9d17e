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
    private readonly Lazy<TagScorers> scorers;

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
        scorers = new Lazy<TagScorers>(() => new TagScorers(vocabulary, tags));
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
        // the same numbers as TagModel.Probability(Weigh(whole), passages.Select(Weigh)), every tag in one pass per vector
        var all = scorers.Value;
        var n = Tags.Count;
        Span<double> scores = stackalloc double[all.Width];
        Span<double> document = stackalloc double[n];
        Span<double> best = stackalloc double[n];
        best.Fill(double.NegativeInfinity);
        foreach (var passage in counts.Passages)
        {
            all.Score(passage, scores);
            for (var t = 0; t < n; t++) best[t] = Math.Max(best[t], scores[n + t]);
        }
        // an article of one passage is its own whole (the last vector scored)
        if (counts.Passages.Count != 1) all.Score(counts.Whole, scores);
        scores[..n].CopyTo(document);
        var probabilities = new double[n];
        for (var t = 0; t < n; t++) probabilities[t] = Tags[t].Calibration.Probability(document[t], best[t]);
        return probabilities;
    }

    /// <summary>Scores every tag; assigned tags come with their evidence sentences.</summary>
    public ArticleClassification Classify(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var probabilities = Probabilities(input, out var counts);
        List<(string Sentence, double[] Scores)>? sentences = null;
        var scores = new List<TagScore>(Tags.Count);
        for (var t = 0; t < Tags.Count; t++)
        {
            var assigned = probabilities[t] >= Tags[t].Threshold;
            IReadOnlyList<string> evidence = [];
            if (assigned)
            {
                sentences ??= SentencesOf(input, counts);
                evidence = Evidence(t, sentences);
            }
            scores.Add(new TagScore(Tags[t].Tag, probabilities[t], assigned, evidence));
        }
        return new ArticleClassification(input.Id, scores);
    }

    /// <summary>The sentences of an article (headline first) ranked by one tag's model: the best always, the next ones
    /// while they reach the tag's own threshold, at most <see cref="MaxEvidence"/>. The same sentences as
    /// <see cref="Classify"/> gives when it assigns the tag.</summary>
    public IReadOnlyList<string> Evidence(Tag tag, ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var index = Tags.Select(t => t.Tag).ToList().IndexOf(tag);
        if (index < 0) throw new ArgumentException($"The model has no tag '{tag}'.", nameof(tag));
        return Evidence(index, SentencesOf(input, featurizer.CountPassages(input)));
    }

    /// <summary>Each sentence with every tag's scores: as counted for the passages (a sentence that gives the cause of a
    /// move reported just before it carries attribution features), or read on its own when passages are off.</summary>
    private List<(string, double[])> SentencesOf(ClassifierInput input, ArticleCounts counts) =>
        counts.Sentences.Count > 0
            ? [.. counts.Sentences.Select(c => (c.Text, ScoreAll(c.Counts)))]
            : [.. input.Sentences().Select(s => (s, ScoreAll(featurizer.Count(s))))];

    /// <summary>Every tag's document and passage scores of a text read on its own (see <see cref="TagScorers"/>).</summary>
    private double[] ScoreAll(SparseVector counts)
    {
        var scores = new double[scorers.Value.Width];
        scorers.Value.Score(counts, scores);
        return scores;
    }

    /// <summary>The probability of a sentence read on its own for tag t: its document and passage scores
    /// (<see cref="TagModel.Probability(SparseVector)"/>).</summary>
    private double Probability(int t, double[] scores) => Tags[t].Calibration.Probability(scores[t], scores[Tags.Count + t]);

    private List<string> Evidence(int t, IReadOnlyList<(string Sentence, double[] Scores)> sentences)
    {
        var model = Tags[t];
        var p = new double[sentences.Count];
        for (var i = 0; i < p.Length; i++) p[i] = Probability(t, sentences[i].Scores);
        var taken = new bool[p.Length];
        var evidence = new List<string>();
        // the sentences from the most probable down (ties: the earlier first), only as far as needed
        while (evidence.Count < MaxEvidence)
        {
            var best = -1;
            for (var i = 0; i < p.Length; i++)
                if (!taken[i] && (best < 0 || p[i].CompareTo(p[best]) > 0)) best = i;
            if (best < 0 || (evidence.Count > 0 && p[best] < model.Threshold)) break;
            taken[best] = true;
            if (!evidence.Contains(sentences[best].Sentence)) evidence.Add(sentences[best].Sentence);
        }
        return evidence;
    }
}
