using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    /// <param name="start">For each label, the scorer to start from (e.g. one fitted to a related problem over the same
    /// features); null starts from zero. The stopping rule is the same either way: the gradient norm must fall to
    /// <paramref name="tolerance"/> times its norm at zero, so a good start saves iterations without stopping further
    /// from the optimum.</param>
    /// <returns>One scorer per label.</returns>
    public static LinearScorer[] FitAll(IReadOnlyList<SparseVector> x, IReadOnlyList<bool[]> labels, int dimensions, double c, double tolerance = 1e-3, int maxIterations = 100, IReadOnlyList<float[]>? rowWeights = null,
        IReadOnlyList<LinearScorer>? start = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Any(l => l.Length != x.Count)) throw new ArgumentException("One label per row.", nameof(labels));
        if (rowWeights is not null && (rowWeights.Count != labels.Count || rowWeights.Any(w => w.Length != x.Count || w.Any(v => !(v >= 0) || float.IsInfinity(v)))))
            throw new ArgumentException("One finite, non-negative weight per label and row.", nameof(rowWeights));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);
        if (start is not null && (start.Count != labels.Count || start.Any(s => s.Weights.Length != dimensions)))
            throw new ArgumentException("One starting scorer per label, over the same dimensions.", nameof(start));
        var n = x.Count;
        var k = labels.Count;
        // theta: weights interleaved by feature (feature slot s, label t at s*k + t), then the k biases, then slack so a
        // vector load at any feature stays inside. A feature's labels are read and written as vectors of Lanes values;
        // lanes past its k labels belong to the next feature and get exactly 0 added (their residual lanes are 0). Each
        // lane does the scalar arithmetic of its label in the same order, so vectors change the speed, not the bits.
        var blocks = (k + Lanes - 1) / Lanes;
        var (slotOf, columns) = Columns(x, dimensions);
        var (columnStart, columnRow, columnValue) = columns;
        var theta = new double[(dimensions + 1) * k + blocks * Lanes - k];
        var biasAt = dimensions * k;
        var scores = new Vector256<double>[n * blocks]; // each row's scores, then its residuals, block by block
        double Objective(double[] p, double[] gradient)
        {
            double regulariser = 0;
            for (var j = 0; j < biasAt; j++)
            {
                gradient[j] = p[j];
                regulariser += p[j] * p[j];
            }
            Array.Clear(gradient, biasAt, gradient.Length - biasAt);
            ref var pAt = ref MemoryMarshal.GetArrayDataReference(p);
            ref var gAt = ref MemoryMarshal.GetArrayDataReference(gradient);
            // The matrix is read by feature (column): a row's score gets its terms in the order of its features, and a
            // weight's gradient its terms in the order of the rows, as a pass over the rows would add them, so the sums
            // are the same bit for bit; but each weight is read and written once per evaluation, and the scattered
            // reads and writes go to the rows' scores, which stay in cache, instead of the weights, which do not.
            for (var i = 0; i < n; i++)
                for (var b = 0; b < blocks; b++) scores[i * blocks + b] = Vector256.LoadUnsafe(ref pAt, (nuint)(biasAt + b * Lanes));
            for (var j = 0; j < dimensions; j++)
            {
                var slot = slotOf[j];
                for (var b = 0; b < blocks; b++)
                {
                    var w = Vector256.LoadUnsafe(ref pAt, (nuint)(slot * k + b * Lanes));
                    for (var e = columnStart[slot]; e < columnStart[slot + 1]; e++)
                        scores[columnRow[e] * blocks + b] += w * Vector256.Create((double)columnValue[e]);
                }
            }
            // each row's loss and residual d loss / d z = weight * (sigmoid(z) - y), in place of its scores
            double loss = 0;
            Span<double> residual = stackalloc double[Lanes]; // one block of a row's residuals; lanes past k stay 0
            for (var i = 0; i < n; i++)
                for (var b = 0; b < blocks; b++)
                {
                    var z = scores[i * blocks + b];
                    residual.Clear();
                    for (var t = b * Lanes; t < Math.Min(k, (b + 1) * Lanes); t++)
                    {
                        var zt = z[t - b * Lanes];
                        var positive = labels[t][i];
                        var weight = rowWeights is null ? 1.0 : rowWeights[t][i];
                        var m = positive ? zt : -zt;
                        loss += weight * (m > 0 ? Math.Log(1 + Math.Exp(-m)) : -m + Math.Log(1 + Math.Exp(m)));
                        residual[t - b * Lanes] = c * weight * (Sigmoid(zt) - (positive ? 1.0 : 0.0));
                    }
                    scores[i * blocks + b] = Vector256.Create<double>(residual);
                }
            // the gradient: the biases, then each weight, its rows' shares in row order
            for (var b = 0; b < blocks; b++)
            {
                var at = (nuint)(biasAt + b * Lanes);
                var sum = Vector256.LoadUnsafe(ref gAt, at);
                for (var i = 0; i < n; i++) sum += scores[i * blocks + b];
                sum.StoreUnsafe(ref gAt, at);
            }
            for (var slot = 0; slot < dimensions; slot++)
                for (var b = 0; b < blocks; b++)
                {
                    var at = (nuint)(slot * k + b * Lanes);
                    var sum = Vector256.LoadUnsafe(ref gAt, at);
                    for (var e = columnStart[slot]; e < columnStart[slot + 1]; e++)
                        sum += scores[columnRow[e] * blocks + b] * Vector256.Create((double)columnValue[e]);
                    sum.StoreUnsafe(ref gAt, at);
                }
            return c * loss + 0.5 * regulariser;
        }
        double? reference = null;
        if (start is not null)
        {
            // the gradient norm at zero, against which the tolerance is measured
            var atZero = new double[theta.Length];
            Objective(new double[theta.Length], atZero);
            reference = Lbfgs.Norm(atZero);
            for (var t = 0; t < k; t++)
            {
                for (var j = 0; j < dimensions; j++) theta[slotOf[j] * k + t] = start[t].Weights[j];
                theta[biasAt + t] = start[t].Bias;
            }
        }
        Lbfgs.Minimise(Objective, theta, tolerance, maxIterations, referenceNorm: reference);
        var scorers = new LinearScorer[k];
        for (var t = 0; t < k; t++)
        {
            var weights = new float[dimensions];
            for (var j = 0; j < dimensions; j++) weights[j] = (float)theta[slotOf[j] * k + t];
            scorers[t] = new LinearScorer(weights, theta[biasAt + t]);
        }
        return scorers;
    }

    private static int Lanes => Vector256<double>.Count;

    /// <summary>Each feature's slot in the weights, numbered by how many rows use the feature, most used first (ties by
    /// feature); and the matrix by slot: each slot's entries (row and value) from <c>Start[slot]</c> to
    /// <c>Start[slot + 1]</c>, rows ascending. Throws when a row has an index outside [0, dimensions).</summary>
    private static (int[] SlotOf, (int[] Start, int[] Row, float[] Value) Columns) Columns(IReadOnlyList<SparseVector> x, int dimensions)
    {
        var uses = new int[dimensions];
        foreach (var row in x)
            foreach (var j in row.Indices)
            {
                if ((uint)j >= (uint)dimensions) throw new ArgumentException($"Feature index {j} is outside [0, {dimensions}).", nameof(x));
                uses[j]++;
            }
        // counting sort by descending use, stable in the feature index
        var firstOf = new int[x.Count + 2];
        foreach (var u in uses) firstOf[x.Count - u + 1]++;
        for (var u = 1; u < firstOf.Length; u++) firstOf[u] += firstOf[u - 1];
        var slotOf = new int[dimensions];
        for (var j = 0; j < dimensions; j++) slotOf[j] = firstOf[x.Count - uses[j]]++;
        var start = new int[dimensions + 1];
        for (var j = 0; j < dimensions; j++) start[slotOf[j] + 1] = uses[j];
        for (var slot = 0; slot < dimensions; slot++) start[slot + 1] += start[slot];
        var next = start[..dimensions];
        var rows = new int[start[dimensions]];
        var values = new float[start[dimensions]];
        for (var i = 0; i < x.Count; i++)
        {
            var (indices, v) = (x[i].Indices, x[i].Values);
            for (var e = 0; e < indices.Length; e++)
            {
                var at = next[slotOf[indices[e]]]++;
                rows[at] = i;
                values[at] = v[e];
            }
        }
        return (slotOf, (start, rows, values));
    }

    public static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
}
