using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Trains a <see cref="ClassifierModel"/>: hashed TF-IDF features, one L2 logistic regression per tag,
/// k-fold cross-validation whose out-of-fold scores fit each tag's Platt calibration and F1-optimal threshold and give
/// the reported metrics. Deterministic: the same articles (in any order) and options give the same model.</summary>
/// <remarks>The calibration also sees each out-of-fold article (up to <see cref="RoundupPoints"/> of them) read inside a
/// roundup: between two untagged articles of its fold. Fitted on articles as written only, the calibration trusted the
/// whole-article score, which is diluted when the news sits in one part of a long page, a newsletter or a data story
/// padded with background; with both readings it learns how far to trust the best passage instead. The thresholds are
/// chosen on both readings too: chosen on articles as written only, they sat high enough to drop much of the news that
/// real articles carry among context (on 205 real articles, concession recall 0.76 with a threshold of 0.47).</remarks>
public static class ClassifierTrainer
{
    /// <summary>At most this many out-of-fold articles are also read inside a roundup for the calibration (enough for its
    /// three parameters; keeps training time flat for large label sets).</summary>
    public const int RoundupPoints = 2000;

    /// <summary>The label set of some labelled articles: the well-known tags first (canonical order), then any others
    /// by name.</summary>
    public static IReadOnlyList<Tag> LabelSetOf(IEnumerable<LabelledArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = articles.SelectMany(a => a.Tags).ToHashSet();
        return Tag.WellKnown.Where(seen.Contains)
            .Concat(seen.Except(Tag.WellKnown).OrderBy(t => t.Name, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>Why these articles cannot be trained on (empty when they can): no tags at all, duplicate ids, or a tag
    /// with too few positive or negative examples, each with the count needed.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<LabelledArticle> articles, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var labels = LabelSetOf(articles);
        if (labels.Count == 0) problems.Add("no article carries a tag: nothing to learn.");
        foreach (var dup in articles.GroupBy(a => a.Article.Id).Where(g => g.Count() > 1))
            problems.Add($"article '{dup.Key}' appears {dup.Count()} times.");
        var needed = options.RequiredPerTag;
        foreach (var tag in labels)
        {
            var positives = articles.Count(a => a.Tags.Contains(tag));
            var negatives = articles.Count - positives;
            if (positives < needed)
                problems.Add($"tag '{tag}' has {positives} labelled article(s); at least {needed} are needed ({options.Folds} folds), so label {needed - positives} more.");
            if (negatives < needed)
                problems.Add($"tag '{tag}' is missing from only {negatives} article(s); at least {needed} articles without it are needed.");
        }
        return problems;
    }

    public static ClassifierModel Train(IReadOnlyList<LabelledArticle> articles, TrainingOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(articles, options);
        if (problems.Count > 0) throw new ArgumentException("Cannot train: " + string.Join(" ", problems), nameof(articles));

        var data = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var labels = LabelSetOf(data);
        var featurizer = new Featurizer(options.Features);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) };

        // each article's passages (the whole article when it is short) and its whole counts (document model, frequencies)
        var views = new IReadOnlyList<SparseVector>[data.Count];
        var counts = new SparseVector[data.Count];
        var featurized = 0;
        Parallel.For(0, data.Count, parallel, i =>
        {
            var article = featurizer.CountPassages(data[i].Article);
            views[i] = article.Passages;
            counts[i] = article.Whole;
            var done = Interlocked.Increment(ref featurized);
            if (done % 256 == 0 || done == data.Count) progress?.Report(new TrainingProgress("featurizing", done, data.Count));
        });
        progress?.Report(new TrainingProgress("featurizing", data.Count, data.Count));

        var k = options.Folds;
        var fold = Folds.Assign(data, k);
        var truth = labels.Select(tag => data.Select(a => a.Tags.Contains(tag)).ToArray()).ToArray();

        // fits 0..k-1 leave one fold out; fit k uses everything (the shipped scorers). The fits are independent and
        // sequential inside, so running them in parallel does not change a bit of the result, except that the last fit's
        // document scorers start from fold 0's (never the reverse: a fold started from the full fit would have seen its
        // held-out articles), so fit k runs right after fit 0, in the same task: the first one taken.
        var oof = labels.Select(_ => new (double Document, double Passage)[data.Count]).ToArray();
        var inRoundup = labels.Select(_ => new (double Document, double Passage)?[data.Count]).ToArray();
        var stride = (data.Count + RoundupPoints - 1) / RoundupPoints;
        Vocabulary? finalVocabulary = null;
        var finalScorers = new (LinearScorer Document, LinearScorer Passage)[labels.Count];
        var finished = 0;
        var total = (k + 1) * labels.Count;
        progress?.Report(new TrainingProgress("training", 0, total));
        (Vocabulary, LinearScorer[]) Fit(int f, (Vocabulary Vocabulary, LinearScorer[] Documents)? from)
        {
            var trainRows = Enumerable.Range(0, data.Count).Where(i => f == k || fold[i] != f).ToArray();
            var testRows = Enumerable.Range(0, data.Count).Where(i => f < k && fold[i] == f).ToArray();
            var vocabulary = Vocabulary.Fit(trainRows.Select(i => counts[i]).ToList(), options.Features.Buckets, options.Features.MinDocumentFrequency);
            var y = truth.Select(t => trainRows.Select(r => t[r]).ToArray()).ToList();
            var start = from is { } known ? known.Documents.Select(d => Translate(d, known.Vocabulary, vocabulary)).ToList() : null;
            var documents = LogisticRegression.FitAll(trainRows.Select(i => vocabulary.Weigh(counts[i])).ToList(), y, vocabulary.Size, options.C, start: start);
            var passages = PassageLearning.Fit(trainRows.Select(i => views[i].Select(vocabulary.Weigh).ToList()).ToList(), y, documents, vocabulary.Size, options.C);
            var untagged = testRows.Where(i => data[i].Tags.Count == 0).ToArray();
            foreach (var i in testRows)
            {
                var whole = vocabulary.Weigh(counts[i]);
                var parts = views[i].Select(vocabulary.Weigh).ToList();
                for (var t = 0; t < labels.Count; t++) oof[t][i] = (documents[t].Score(whole), TagModel.BestScore(passages[t], parts));
                if (i % stride != 0 || RoundupOf(data, i, untagged) is not { } roundup) continue;
                var read = featurizer.CountPassages(roundup);
                var roundupWhole = vocabulary.Weigh(read.Whole);
                var roundupParts = read.Passages.Select(vocabulary.Weigh).ToList();
                for (var t = 0; t < labels.Count; t++) inRoundup[t][i] = (documents[t].Score(roundupWhole), TagModel.BestScore(passages[t], roundupParts));
            }
            if (f == k)
            {
                for (var t = 0; t < labels.Count; t++) finalScorers[t] = (documents[t], passages[t]);
                finalVocabulary = vocabulary;
            }
            progress?.Report(new TrainingProgress("training", Interlocked.Add(ref finished, labels.Count), total));
            return (vocabulary, documents);
        }
        // one fold at a time to each free thread, in order, so the task that also runs the last fit starts first
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, k), EnumerablePartitionerOptions.NoBuffering), parallel, f =>
        {
            var fitted = Fit(f, null);
            if (f == 0) Fit(k, fitted);
        });

        // calibration and thresholds on all out-of-fold scores (shipped); metrics with each fold judged by
        // a calibration and threshold fitted on the other folds only
        // (each tag's fits, k of them without one fold and one with all, are independent: fitted in parallel, used in order)
        var calibrations = new (PlattScaling, double)[labels.Count, k + 1];
        Parallel.For(0, labels.Count * (k + 1), parallel, job =>
        {
            var (t, held) = (job / (k + 1), job % (k + 1));
            calibrations[t, held] = CalibrateAndThreshold(oof[t], inRoundup[t], truth[t], i => held == k || fold[i] != held);
        });
        var tagModels = new List<TagModel>();
        var predicted = data.Select(_ => new HashSet<Tag>()).ToArray();
        for (var t = 0; t < labels.Count; t++)
        {
            var (platt, threshold) = calibrations[t, k];
            tagModels.Add(new TagModel(labels[t], finalScorers[t].Document, finalScorers[t].Passage, platt, threshold));
            for (var held = 0; held < k; held++)
            {
                var (pf, tf) = calibrations[t, held];
                for (var i = 0; i < data.Count; i++)
                    if (fold[i] == held && pf.Probability(oof[t][i].Document, oof[t][i].Passage) >= tf) predicted[i].Add(labels[t]);
            }
        }
        var report = Evaluation.Compute(labels, data.Select(a => (IReadOnlySet<Tag>)a.Tags).ToList(), predicted);
        var trainedOn = options.TrainedOn ?? data.Select(a => a.Published).Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty(new DateOnly(1970, 1, 1)).Max();
        var info = new TrainingInfo(HashOf(data), trainedOn, data.Count, k, options.C, report);
        progress?.Report(new TrainingProgress("done", 1, 1));
        return new ClassifierModel(options.Features, finalVocabulary!, tagModels, info);

    }

    /// <summary>A scorer over one vocabulary as a scorer over another: the weight of each bucket both know, 0 for the
    /// others (a starting point for a fit over the other vocabulary).</summary>
    private static LinearScorer Translate(LinearScorer scorer, Vocabulary from, Vocabulary to)
    {
        var weights = new float[to.Size];
        for (var j = 0; j < to.Size; j++)
            if (from.IndexOf(to.Buckets[j]) is >= 0 and var i) weights[j] = scorer.Weights[i];
        return new LinearScorer(weights, scorer.Bias);
    }

    /// <summary>Article <paramref name="i"/> between two untagged articles of its fold (the same one twice when the fold
    /// has only one other), as a newsletter or a page with neighbouring items would carry it; null when the fold has
    /// no other untagged article.</summary>
    private static ClassifierInput? RoundupOf(IReadOnlyList<LabelledArticle> data, int i, int[] untagged)
    {
        var others = untagged.Where(u => u != i).ToArray();
        if (others.Length == 0) return null;
        var before = data[others[(i * 7 + 3) % others.Length]].Article;
        var after = data[others[(i * 13 + 5) % others.Length]].Article;
        var text = string.Join("\n\n", new[] { before, data[i].Article, after }.Select(a => a.Title + "\n\n" + a.Text));
        return new ClassifierInput(data[i].Article.Id, "", text);
    }

    /// <summary>The calibration and the F1-optimal threshold, both fitted on the used articles' scores as written and,
    /// where read, inside a roundup.</summary>
    internal static (PlattScaling, double) CalibrateAndThreshold((double Document, double Passage)[] scores, (double Document, double Passage)?[] inRoundup,
        bool[] truth, Func<int, bool> use)
    {
        var rows = Enumerable.Range(0, scores.Length).Where(use).ToList();
        var extra = rows.Where(i => inRoundup[i].HasValue).ToList();
        List<(double Document, double Passage)> readings = [.. rows.Select(i => scores[i]), .. extra.Select(i => inRoundup[i]!.Value)];
        List<bool> labels = [.. rows.Select(i => truth[i]), .. extra.Select(i => truth[i])];
        var platt = PlattScaling.Fit(readings, labels);
        return (platt, ThresholdChooser.Choose(readings.Select(v => platt.Probability(v.Document, v.Passage)).ToList(), labels));
    }

    /// <summary>SHA-256 (hex) over the articles sorted by id: id, title, text and sorted tag names, separated by
    /// control characters that cannot occur inside the fields' boundaries.</summary>
    public static string HashOf(IEnumerable<LabelledArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var a in articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal))
        {
            var tags = string.Join(";", a.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
            sha.AppendData(Encoding.UTF8.GetBytes($"{a.Article.Id}\u001f{a.Article.Title}\u001f{a.Article.Text}\u001f{tags}\u001e"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
