namespace NewsCorrelate.Classification;

/// <summary>Every tag's document and passage scorer, interleaved per feature, so that one pass over a text's counts
/// weighs them (<see cref="Vocabulary.Weigh"/>) and scores them for every tag at once, without building the weighted
/// vector and with one memory fetch per feature for all scorers. The result has the same bits as weighing and then
/// <see cref="LinearScorer.Score"/>: the same operations in the same order. Immutable and thread-safe.</summary>
internal sealed class TagScorers
{
    private readonly Vocabulary vocabulary;
    private readonly int width;
    // [local * width + k]: for k < tags the document scorer of tag k, else the passage scorer of tag k - tags
    private readonly float[] weights;
    private readonly double[] biases;
    [ThreadStatic] private static float[]? weighed;
    [ThreadStatic] private static int[]? locals;

    public TagScorers(Vocabulary vocabulary, IReadOnlyList<TagModel> tags)
    {
        this.vocabulary = vocabulary;
        width = 2 * tags.Count;
        weights = new float[vocabulary.Size * width];
        biases = new double[width];
        for (var t = 0; t < tags.Count; t++)
        {
            biases[t] = tags[t].Document.Bias;
            biases[tags.Count + t] = tags[t].Passage.Bias;
            var document = tags[t].Document.Weights;
            var passage = tags[t].Passage.Weights;
            for (var f = 0; f < vocabulary.Size; f++)
            {
                weights[f * width + t] = document[f];
                weights[f * width + tags.Count + t] = passage[f];
            }
        }
    }

    /// <summary>Number of scores <see cref="Score"/> writes: each tag's document score, then each tag's passage score.</summary>
    public int Width => width;

    /// <summary>Scores hashed counts (bucket space) as <see cref="Vocabulary.Weigh"/> then each scorer would.</summary>
    public void Score(SparseVector counts, Span<double> scores)
    {
        var n = counts.Indices.Length;
        if (weighed is null || weighed.Length < n) (weighed, locals) = (new float[Math.Max(1024, 2 * n)], new int[Math.Max(1024, 2 * n)]);
        var values = weighed;
        var at = locals!;
        var idf = vocabulary.Idf;
        var known = 0;
        double norm = 0;
        for (var i = 0; i < n; i++)
        {
            var local = vocabulary.IndexOf(counts.Indices[i]);
            if (local < 0) continue;
            var v = Vocabulary.Sublinear(counts.Values[i]) * idf[local];
            values[known] = (float)v;
            at[known++] = local;
            norm += v * v;
        }
        var scale = norm > 0 ? 1.0 / Math.Sqrt(norm) : 0;
        biases.CopyTo(scores);
        for (var e = 0; e < known; e++)
        {
            var x = norm > 0 ? (float)(values[e] * scale) : values[e];
            var row = weights.AsSpan(at[e] * width, width);
            for (var k = 0; k < row.Length; k++) scores[k] += row[k] * (double)x;
        }
    }
}
