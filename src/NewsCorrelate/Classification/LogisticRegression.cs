namespace NewsCorrelate.Classification;

/// <summary>L2-regularised logistic regression (maximum entropy), one-vs-rest over several labels, fitted by L-BFGS
/// from zero weights. For each label it minimises C·Σ log(1 + exp(-yᵢ(w·xᵢ + b))) + ½‖w‖² (the bias is not
/// penalised); the labels are independent problems, solved together so each pass over the data serves them all.
/// Deterministic: the same inputs give the same weights bit for bit.</summary>
public static class LogisticRegression
{
    /// <summary>Fits one binary model.</summary>
    public static LinearScorer Fit(IReadOnlyList<SparseVector> x, IReadOnlyList<bool> y, int dimensions, double c, double tolerance = 1e-3, int maxIterations = 100) =>
        FitAll(x, [y.ToArray()], dimensions, c, tolerance, maxIterations)[0];

    /// <param name="x">Rows over local feature indices below <paramref name="dimensions"/>.</param>
    /// <param name="labels">For each label, true for its positive rows.</param>
    /// <param name="dimensions">Number of features.</param>
    /// <param name="c">Inverse regularisation strength (larger = weaker penalty).</param>
    /// <param name="tolerance">Stop when the gradient norm has fallen by this factor.</param>
    /// <param name="maxIterations">L-BFGS iteration cap.</param>
    /// <param name="rowWeights">For each label, the weight of each row in its loss (0 leaves the row out of that
    /// label's problem); null weighs every row 1.</param>
    /// <returns>One scorer per label.</returns>
    public static LinearScorer[] FitAll(IReadOnlyList<SparseVector> x, IReadOnlyList<bool[]> labels, int dimensions, double c, double tolerance = 1e-3, int maxIterations = 100, IReadOnlyList<float[]>? rowWeights = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Any(l => l.Length != x.Count)) throw new ArgumentException("One label per row.", nameof(labels));
        if (rowWeights is not null && (rowWeights.Count != labels.Count || rowWeights.Any(w => w.Length != x.Count || w.Any(v => !(v >= 0) || float.IsInfinity(v)))))
            throw new ArgumentException("One finite, non-negative weight per label and row.", nameof(rowWeights));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);
        var n = x.Count;
        var k = labels.Count;
        // theta: weights interleaved by feature (feature j, label t at j*k + t), then the k biases
        var theta = new double[(dimensions + 1) * k];
        var biasAt = dimensions * k;
        var z = new double[k];
        var residual = new double[n * k];
        double Objective(double[] p, double[] gradient)
        {
            double loss = 0;
            for (var i = 0; i < n; i++)
            {
                var row = x[i];
                for (var t = 0; t < k; t++) z[t] = p[biasAt + t];
                for (var e = 0; e < row.Indices.Length; e++)
                {
                    var at = row.Indices[e] * k;
                    var v = row.Values[e];
                    for (var t = 0; t < k; t++) z[t] += p[at + t] * v;
                }
                for (var t = 0; t < k; t++)
                {
                    var positive = labels[t][i];
                    var weight = rowWeights is null ? 1.0 : rowWeights[t][i];
                    var m = positive ? z[t] : -z[t];
                    loss += weight * (m > 0 ? Math.Log(1 + Math.Exp(-m)) : -m + Math.Log(1 + Math.Exp(m)));
                    // d loss / d z = weight * (sigmoid(z) - y)
                    residual[i * k + t] = c * weight * (Sigmoid(z[t]) - (positive ? 1.0 : 0.0));
                }
            }
            double regulariser = 0;
            for (var j = 0; j < biasAt; j++)
            {
                gradient[j] = p[j];
                regulariser += p[j] * p[j];
            }
            for (var t = 0; t < k; t++) gradient[biasAt + t] = 0;
            for (var i = 0; i < n; i++)
            {
                var row = x[i];
                for (var t = 0; t < k; t++) gradient[biasAt + t] += residual[i * k + t];
                for (var e = 0; e < row.Indices.Length; e++)
                {
                    var at = row.Indices[e] * k;
                    var v = row.Values[e];
                    for (var t = 0; t < k; t++) gradient[at + t] += residual[i * k + t] * v;
                }
            }
            return c * loss + 0.5 * regulariser;
        }
        Lbfgs.Minimise(Objective, theta, tolerance, maxIterations);
        var scorers = new LinearScorer[k];
        for (var t = 0; t < k; t++)
        {
            var weights = new float[dimensions];
            for (var j = 0; j < dimensions; j++) weights[j] = (float)theta[j * k + t];
            scorers[t] = new LinearScorer(weights, theta[biasAt + t]);
        }
        return scorers;
    }

    public static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
}
