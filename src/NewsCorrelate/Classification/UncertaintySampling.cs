namespace NewsCorrelate.Classification;

/// <summary>Uncertainty sampling for active learning: the articles whose labels would teach the model most are those
/// whose probability for some tag sits closest to that tag's threshold. Distance is measured relative to the room on
/// that side of the threshold, so 0.5 above a 0.3 threshold and 0.1 below it count alike. Streams: keeps only the
/// best <c>limit</c> in memory. Ties go to the smaller id, so the ranking is deterministic.</summary>
public static class UncertaintySampling
{
    /// <summary>Uncertainty of one probability against one threshold, in [0, 1].</summary>
    public static double Uncertainty(double probability, double threshold)
    {
        var room = probability >= threshold ? 1 - threshold : threshold;
        return room <= 0 ? 0 : Math.Clamp(1 - Math.Abs(probability - threshold) / room, 0, 1);
    }

    /// <summary>The <paramref name="limit"/> most uncertain articles, most uncertain first.</summary>
    /// <param name="scored">Article ids with each tag's probability, in <paramref name="model"/>'s tag order.</param>
    public static IReadOnlyList<UncertainArticle> MostUncertain(IEnumerable<(string Id, double[] Probabilities)> scored, ClassifierModel model, int limit)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var thresholds = model.Tags.Select(t => t.Threshold).ToArray();
        // a min-heap on (uncertainty, reversed id) holding the best `limit` seen so far
        var heap = new PriorityQueue<UncertainArticle, UncertainArticle>(Comparer<UncertainArticle>.Create(Worse));
        foreach (var (id, probabilities) in scored)
        {
            if (probabilities.Length != thresholds.Length) throw new ArgumentException($"Article '{id}' has {probabilities.Length} probabilities; the model has {thresholds.Length} tags.", nameof(scored));
            var best = 0;
            for (var t = 1; t < thresholds.Length; t++)
                if (Uncertainty(probabilities[t], thresholds[t]) > Uncertainty(probabilities[best], thresholds[best])) best = t;
            var candidate = new UncertainArticle(id, Uncertainty(probabilities[best], thresholds[best]), model.Tags[best].Tag, probabilities[best]);
            if (heap.Count < limit) heap.Enqueue(candidate, candidate);
            else if (Worse(heap.Peek(), candidate) < 0) heap.EnqueueDequeue(candidate, candidate);
        }
        var result = new List<UncertainArticle>(heap.Count);
        while (heap.Count > 0) result.Add(heap.Dequeue());
        result.Reverse();
        return result;
    }

    /// <summary>Negative when <paramref name="a"/> ranks below <paramref name="b"/> (less uncertain, or equally and a larger id).</summary>
    private static int Worse(UncertainArticle a, UncertainArticle b)
    {
        var byUncertainty = a.Uncertainty.CompareTo(b.Uncertainty);
        return byUncertainty != 0 ? byUncertainty : string.CompareOrdinal(b.Id, a.Id);
    }
}
