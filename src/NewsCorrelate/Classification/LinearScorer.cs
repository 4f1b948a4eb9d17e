namespace NewsCorrelate.Classification;

/// <summary>A linear decision function over weighted feature vectors: score = w·x + bias. Immutable.</summary>
public sealed class LinearScorer(float[] weights, double bias)
{
    public float[] Weights { get; } = weights ?? throw new ArgumentNullException(nameof(weights));
    public double Bias { get; } = bias;

    public double Score(SparseVector x)
    {
        double z = Bias;
        var idx = x.Indices;
        var val = x.Values;
        for (var i = 0; i < idx.Length; i++) z += Weights[idx[i]] * (double)val[i];
        return z;
    }
}
