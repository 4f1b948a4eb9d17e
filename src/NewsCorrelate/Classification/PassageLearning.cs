namespace NewsCorrelate.Classification;

/// <summary>Learns passage scorers from article labels (multiple-instance learning): an article carries a tag when at
/// least one of its passages reports the event, and an article without the tag has no passage that does. A first
/// scorer (the whole-article model) picks the examples: of each tagged article, the passage it scores highest is a
/// positive example; of each untagged article, the <see cref="HardNegatives"/> passages it scores highest are negative
/// ones (an article's score is its best passage's, so those are the ones that matter). The passage scorer so learns
/// the wording of events rather than the topic vocabulary around them: background paragraphs of tagged articles are
/// not positives, and event-like background in untagged articles is a negative. Deterministic.</summary>
public static class PassageLearning
{
    /// <summary>Negative examples taken from each untagged article.</summary>
    public const int HardNegatives = 3;

    /// <param name="articles">Each article's weighted passages (at least one each).</param>
    /// <param name="truth">For each tag, whether each article carries it.</param>
    /// <param name="select">For each tag, the scorer that picks the examples.</param>
    /// <param name="dimensions">Number of features.</param>
    /// <param name="c">Inverse L2 regularisation strength.</param>
    /// <returns>One passage scorer per tag; an article's score is its best passage's.</returns>
    public static LinearScorer[] Fit(IReadOnlyList<IReadOnlyList<SparseVector>> articles, IReadOnlyList<bool[]> truth, IReadOnlyList<LinearScorer> select, int dimensions, double c)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(select);
        if (articles.Any(a => a.Count == 0)) throw new ArgumentException("Every article needs at least one passage.", nameof(articles));
        if (select.Count != truth.Count) throw new ArgumentException("One selecting scorer per tag.", nameof(select));

        // per article and tag, the chosen passages; the rows are the union over tags, weighted per tag
        var rows = new List<SparseVector>();
        var weights = truth.Select(_ => new List<float>()).ToList();
        var labels = truth.Select(_ => new List<bool>()).ToList();
        var chosen = new HashSet<int>[truth.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var passages = articles[a];
            for (var t = 0; t < truth.Count; t++)
            {
                var keep = truth[t][a] ? 1 : HardNegatives;
                chosen[t] = passages.Count <= keep
                    ? Enumerable.Range(0, passages.Count).ToHashSet()
                    : Enumerable.Range(0, passages.Count).OrderByDescending(p => select[t].Score(passages[p])).ThenBy(p => p).Take(keep).ToHashSet();
            }
            for (var p = 0; p < passages.Count; p++)
            {
                if (!chosen.Any(set => set.Contains(p))) continue;
                rows.Add(passages[p]);
                for (var t = 0; t < truth.Count; t++)
                {
                    weights[t].Add(chosen[t].Contains(p) ? 1f : 0f);
                    labels[t].Add(truth[t][a]);
                }
            }
        }
        return LogisticRegression.FitAll(rows, labels.Select(l => l.ToArray()).ToList(), dimensions, c, rowWeights: weights.Select(w => w.ToArray()).ToList(), start: select);
    }
}
