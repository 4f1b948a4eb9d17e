namespace NewsCorrelate.Classification;

/// <summary>The hash buckets a model knows, each with its inverse document frequency, and the weighting that turns
/// counts into model inputs: sublinear term frequency (1 + ln count) times idf, then unit L2 length. Buckets never
/// seen in training are dropped. Immutable and thread-safe.</summary>
public sealed class Vocabulary
{
    private readonly int[] localOf; // bucket -> local index, -1 when unknown

    /// <param name="buckets">Known buckets, strictly increasing.</param>
    /// <param name="idf">Their idf, same order.</param>
    /// <param name="bucketCount">Size of the hash space.</param>
    public Vocabulary(int[] buckets, float[] idf, int bucketCount)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(idf);
        if (buckets.Length != idf.Length) throw new ArgumentException("One idf per bucket.", nameof(idf));
        Buckets = buckets;
        Idf = idf;
        localOf = new int[bucketCount];
        Array.Fill(localOf, -1);
        for (var i = 0; i < buckets.Length; i++)
        {
            if (buckets[i] < 0 || buckets[i] >= bucketCount || (i > 0 && buckets[i] <= buckets[i - 1]))
                throw new ArgumentException("Buckets must be strictly increasing and inside the hash space.", nameof(buckets));
            localOf[buckets[i]] = i;
        }
    }

    public int[] Buckets { get; }
    public float[] Idf { get; }
    public int Size => Buckets.Length;

    /// <summary>Builds the vocabulary from training counts: buckets in at least <paramref name="minDocumentFrequency"/>
    /// documents, with smoothed idf = ln((1 + n) / (1 + df)) + 1.</summary>
    public static Vocabulary Fit(IReadOnlyList<SparseVector> counts, int bucketCount, int minDocumentFrequency)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var df = new int[bucketCount];
        foreach (var v in counts)
            foreach (var b in v.Indices)
                df[b]++;
        var buckets = new List<int>();
        var idf = new List<float>();
        var n = counts.Count;
        for (var b = 0; b < bucketCount; b++)
        {
            if (df[b] < minDocumentFrequency || df[b] == 0) continue;
            buckets.Add(b);
            idf.Add((float)(Math.Log((1.0 + n) / (1.0 + df[b])) + 1.0));
        }
        return new Vocabulary([.. buckets], [.. idf], bucketCount);
    }

    /// <summary>Bucket to local index, -1 when unknown, for every bucket of the hash space (read-only to callers).</summary>
    internal int[] LocalOf => localOf;

    /// <summary>The local index of a bucket, or -1 when the vocabulary does not know it.</summary>
    public int IndexOf(int bucket) => (uint)bucket < (uint)localOf.Length ? localOf[bucket] : -1;

    /// <summary>1 + ln(count) for the small whole counts nearly every entry has, worked out once (the same bits as
    /// computing it each time).</summary>
    private static readonly double[] SublinearOfSmall = [.. Enumerable.Range(0, 256).Select(c => 1.0 + Math.Log(c))];

    internal static double Sublinear(float count) =>
        count is >= 1 and < 256 && count == MathF.Floor(count) ? SublinearOfSmall[(int)count] : 1.0 + Math.Log(count);

    /// <summary>Weighted, unit-length vector over local indices (ascending).</summary>
    public SparseVector Weigh(SparseVector counts)
    {
        var known = 0;
        foreach (var b in counts.Indices)
            if (localOf[b] >= 0) known++;
        var indices = new int[known];
        var values = new float[known];
        var j = 0;
        double norm = 0;
        for (var i = 0; i < counts.Indices.Length; i++)
        {
            var local = localOf[counts.Indices[i]];
            if (local < 0) continue;
            var v = Sublinear(counts.Values[i]) * Idf[local];
            indices[j] = local;
            values[j] = (float)v;
            norm += v * v;
            j++;
        }
        if (norm > 0)
        {
            var scale = 1.0 / Math.Sqrt(norm);
            for (var k = 0; k < values.Length; k++) values[k] = (float)(values[k] * scale);
        }
        return new SparseVector(indices, values);
    }
}
