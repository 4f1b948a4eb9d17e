namespace NewsCorrelate.Classification;

/// <summary>Platt calibration: probability = sigmoid(A·score + B), fitted on held-out (out-of-fold) scores with
/// Platt's smoothed targets so a perfectly separated fold does not yield infinite slopes. Immutable.</summary>
public sealed record PlattScaling(double A, double B)
{
    public static PlattScaling Identity { get; } = new(1, 0);

    public double Probability(double score) => LogisticRegression.Sigmoid(A * score + B);

    /// <summary>Fits A and B by Newton's method with backtracking (deterministic).</summary>
    public static PlattScaling Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count) throw new ArgumentException("One label per score.", nameof(labels));
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0) return Identity;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        double Loss(double aa, double bb)
        {
            double sum = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var z = aa * scores[i] + bb;
                // t·log(1+e^-z) + (1-t)·log(1+e^z)
                sum += t * Softplus(-z) + (1 - t) * Softplus(z);
            }
            return sum;
        }
        var f = Loss(a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var p = LogisticRegression.Sigmoid(a * scores[i] + b);
                var d = p - t;
                var w = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            if (Math.Abs(ga) < 1e-9 && Math.Abs(gb) < 1e-9) break;
            var det = haa * hbb - hab * hab;
            if (det <= 0) break;
            var da = -(hbb * ga - hab * gb) / det;
            var db = -(-hab * ga + haa * gb) / det;
            var step = 1.0;
            var improved = false;
            for (var tries = 0; tries < 30; tries++)
            {
                var fNew = Loss(a + step * da, b + step * db);
                if (fNew < f) { a += step * da; b += step * db; f = fNew; improved = true; break; }
                step *= 0.5;
            }
            if (!improved) break;
        }
        return new PlattScaling(a, b);
    }

    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
}
