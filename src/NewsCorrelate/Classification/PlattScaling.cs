namespace NewsCorrelate.Classification;

/// <summary>Platt calibration over an article's two scores, its whole-article score and its best passage's:
/// probability = sigmoid(A·document + P·passage + B), fitted on held-out (out-of-fold) scores with Platt's smoothed
/// targets so a perfectly separated fold does not yield infinite slopes. The fit decides how far to trust each view
/// (a long article whose best passage scores high but whose whole reads as background). Immutable.</summary>
public sealed record PlattScaling(double A, double P, double B)
{
    /// <summary>A tiny ridge on the two slopes: when both scores are the same for every article (short articles are
    /// one passage) the fit shares the slope between them instead of failing.</summary>
    private const double Ridge = 1e-3;

    public static PlattScaling Identity { get; } = new(0.5, 0.5, 0);

    public double Probability(double document, double passage) => LogisticRegression.Sigmoid(A * document + P * passage + B);

    /// <summary>Fits A, P and B by Newton's method with backtracking (deterministic).</summary>
    public static PlattScaling Fit(IReadOnlyList<(double Document, double Passage)> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count) throw new ArgumentException("One label per score.", nameof(labels));
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0) return Identity;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double[] theta = [0.5, 0.5, 0];
        double Loss(double[] th)
        {
            var sum = 0.5 * Ridge * (th[0] * th[0] + th[1] * th[1]);
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var z = th[0] * scores[i].Document + th[1] * scores[i].Passage + th[2];
                // t·log(1+e^-z) + (1-t)·log(1+e^z)
                sum += t * Softplus(-z) + (1 - t) * Softplus(z);
            }
            return sum;
        }
        var f = Loss(theta);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var g = new[] { Ridge * theta[0], Ridge * theta[1], 0.0 };
            var h = new double[3, 3];
            h[0, 0] = Ridge;
            h[1, 1] = Ridge;
            h[2, 2] = 1e-12;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                double[] x = [scores[i].Document, scores[i].Passage, 1];
                var p = LogisticRegression.Sigmoid(theta[0] * x[0] + theta[1] * x[1] + theta[2]);
                var d = p - t;
                var w = p * (1 - p);
                for (var r = 0; r < 3; r++)
                {
                    g[r] += d * x[r];
                    for (var c = 0; c < 3; c++) h[r, c] += w * x[r] * x[c];
                }
            }
            if (g.All(v => Math.Abs(v) < 1e-9)) break;
            if (Solve(h, g) is not { } direction) break;
            var step = 1.0;
            var improved = false;
            for (var tries = 0; tries < 30; tries++)
            {
                var candidate = new double[3];
                for (var r = 0; r < 3; r++) candidate[r] = theta[r] - step * direction[r];
                var fNew = Loss(candidate);
                if (fNew < f) { theta = candidate; f = fNew; improved = true; break; }
                step *= 0.5;
            }
            if (!improved) break;
        }
        return new PlattScaling(theta[0], theta[1], theta[2]);
    }

    /// <summary>Solves h·x = g (3×3, symmetric positive definite) by Gaussian elimination; null when singular.</summary>
    private static double[]? Solve(double[,] h, double[] g)
    {
        var a = (double[,])h.Clone();
        var b = (double[])g.Clone();
        for (var col = 0; col < 3; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < 3; r++)
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (Math.Abs(a[pivot, col]) < 1e-15) return null;
            if (pivot != col)
            {
                for (var c = 0; c < 3; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            for (var r = col + 1; r < 3; r++)
            {
                var factor = a[r, col] / a[col, col];
                for (var c = col; c < 3; c++) a[r, c] -= factor * a[col, c];
                b[r] -= factor * b[col];
            }
        }
        var x = new double[3];
        for (var r = 2; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < 3; c++) sum -= a[r, c] * x[c];
            x[r] = sum / a[r, r];
        }
        return x;
    }

    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
}
