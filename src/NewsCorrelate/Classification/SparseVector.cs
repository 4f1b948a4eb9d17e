namespace NewsCorrelate.Classification;

/// <summary>A sparse vector: strictly increasing indices with their values. Immutable by convention (the arrays are
/// never changed after construction).</summary>
public readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;
}
