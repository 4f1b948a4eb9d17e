namespace NewsCorrelate.Classification;

/// <summary>Chooses a per-tag decision threshold on calibrated held-out probabilities: the cut that maximises F1,
/// kept within [<see cref="Lowest"/>, <see cref="Highest"/>] so a few lucky folds cannot push it to an extreme.
/// Ties go to the cut nearest 0.5. Deterministic.</summary>
public static class ThresholdChooser
{
    public const double Lowest = 0.2;
    public const double Highest = 0.8;

    public static double Choose(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var candidates = new SortedSet<double> { 0.5, Lowest, Highest };
        var sorted = probabilities.Distinct().Order().ToArray();
        for (var i = 0; i + 1 < sorted.Length; i++)
        {
            var mid = (sorted[i] + sorted[i + 1]) / 2;
            if (mid is > Lowest and < Highest) candidates.Add(mid);
        }
        var best = 0.5;
        var bestF1 = -1.0;
        foreach (var t in candidates)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < probabilities.Count; i++)
            {
                var predicted = probabilities[i] >= t;
                if (predicted && labels[i]) tp++;
                else if (predicted) fp++;
                else if (labels[i]) fn++;
            }
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && Math.Abs(t - 0.5) < Math.Abs(best - 0.5)))
            {
                best = t;
                bestF1 = f1;
            }
        }
        return best;
    }
}
