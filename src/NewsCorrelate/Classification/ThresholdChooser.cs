namespace NewsCorrelate.Classification;

/// <summary>Chooses a per-tag decision threshold on calibrated held-out probabilities: the cut that maximises F1,
/// kept within [<see cref="Lowest"/>, <see cref="Highest"/>] so a few lucky folds cannot push it to an extreme.
/// Candidates are 0.5, the bounds, and the midpoints between neighbouring probabilities; ties go to the cut nearest
/// 0.5. O(n log n); deterministic.</summary>
public static class ThresholdChooser
{
    public const double Lowest = 0.2;
    public const double Highest = 0.8;

    public static double Choose(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        if (probabilities.Count != labels.Count) throw new ArgumentException("One label per probability.", nameof(labels));
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        var sorted = order.Select(i => probabilities[i]).ToArray();
        // positivesFrom[k] = labelled positives among sorted[k..]
        var positivesFrom = new int[sorted.Length + 1];
        for (var k = sorted.Length - 1; k >= 0; k--) positivesFrom[k] = positivesFrom[k + 1] + (labels[order[k]] ? 1 : 0);
        var allPositives = positivesFrom[0];

        var candidates = new SortedSet<double> { 0.5, Lowest, Highest };
        for (var i = 0; i + 1 < sorted.Length; i++)
        {
            var mid = (sorted[i] + sorted[i + 1]) / 2;
            if (mid is > Lowest and < Highest && sorted[i] != sorted[i + 1]) candidates.Add(mid);
        }
        var best = 0.5;
        var bestF1 = -1.0;
        foreach (var t in candidates)
        {
            var first = LowerBound(sorted, t); // predicted positive: sorted[first..]
            var predicted = sorted.Length - first;
            var tp = positivesFrom[first];
            var fp = predicted - tp;
            var fn = allPositives - tp;
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && Math.Abs(t - 0.5) < Math.Abs(best - 0.5)))
            {
                best = t;
                bestF1 = f1;
            }
        }
        return best;
    }

    /// <summary>The first index whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
