namespace NewsCorrelate.Classification;

/// <summary>Binary L2-regularised logistic regression (maximum entropy), fitted by L-BFGS from zero weights:
/// minimises C·Σ log(1 + exp(-yᵢ(w·xᵢ + b))) + ½‖w‖² (the bias is not penalised). Deterministic: the same inputs give
/// the same weights bit for bit.</summary>
public static class LogisticRegression
{
    /// <param name="x">Rows over local feature indices below <paramref name="dimensions"/>.</param>
    /// <param name="y">True for positive rows.</param>
    /// <param name="dimensions">Number of features.</param>
    /// <param name="c">Inverse regularisation strength (larger = weaker penalty).</param>
    /// <param name="tolerance">Stop when the gradient norm has fallen by this factor.</param>
    /// <param name="maxIterations">L-BFGS iteration cap.</param>
    public static LinearScorer Fit(IReadOnlyList<SparseVector> x, IReadOnlyList<bool> y, int dimensions, double c, double tolerance = 1e-3, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException("One label per row.", nameof(y));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);
        var n = x.Count;
        var theta = new double[dimensions + 1];
        var margins = new double[n];
        double Objective(double[] p, double[] gradient)
        {
            var bias = p[dimensions];
            double loss = 0;
            for (var i = 0; i < n; i++)
            {
                var row = x[i];
                double z = bias;
                for (var k = 0; k < row.Indices.Length; k++) z += p[row.Indices[k]] * row.Values[k];
                var sign = y[i] ? 1.0 : -1.0;
                var m = sign * z;
                loss += m > 0 ? Math.Log(1 + Math.Exp(-m)) : -m + Math.Log(1 + Math.Exp(m));
                // d loss / d z = sigmoid(z) - y01
                margins[i] = c * (Sigmoid(z) - (y[i] ? 1.0 : 0.0));
            }
            double regulariser = 0;
            for (var j = 0; j < dimensions; j++)
            {
                gradient[j] = p[j];
                regulariser += p[j] * p[j];
            }
            double biasGradient = 0;
            for (var i = 0; i < n; i++)
            {
                var row = x[i];
                var r = margins[i];
                biasGradient += r;
                for (var k = 0; k < row.Indices.Length; k++) gradient[row.Indices[k]] += r * row.Values[k];
            }
            gradient[dimensions] = biasGradient;
            return c * loss + 0.5 * regulariser;
        }
        Lbfgs.Minimise(Objective, theta, tolerance, maxIterations);
        var weights = new float[dimensions];
        for (var j = 0; j < dimensions; j++) weights[j] = (float)theta[j];
        return new LinearScorer(weights, theta[dimensions]);
    }

    public static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
}
