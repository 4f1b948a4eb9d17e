using System.Runtime.CompilerServices;
using System.Numerics;

namespace NewsCorrelate.Classification;

/// <summary>Every tag's document and passage scorer, with the feature's idf, in one row per feature, so that one pass
/// over a text's counts weighs them (<see cref="Vocabulary.Weigh"/>) and scores them for every tag at once, without
/// building the weighted vector and with one memory fetch per feature for the idf and all scorers. The result has the
/// same bits as weighing and then <see cref="LinearScorer.Score"/>: the same operations in the same order. Immutable
/// and thread-safe.</summary>
internal sealed class TagScorers
{
    private readonly int[] localOf;
    private readonly int width;
    private readonly int stride;
    // row of local feature f at f * stride: its idf, then for k < tags the document scorer of tag k, then the passage
    // scorer of tag k - tags; padded to a power of two so rows do not straddle cache lines
    private readonly float[] rows;
    private readonly double[] biases;
    [ThreadStatic] private static float[]? weighed;
    [ThreadStatic] private static int[]? starts;

    public TagScorers(Vocabulary vocabulary, IReadOnlyList<TagModel> tags)
    {
        localOf = vocabulary.LocalOf;
        width = 2 * tags.Count;
        stride = (int)BitOperations.RoundUpToPowerOf2((uint)width + 1);
        rows = new float[vocabulary.Size * stride];
        biases = new double[width];
        for (var f = 0; f < vocabulary.Size; f++) rows[f * stride] = vocabulary.Idf[f];
        for (var t = 0; t < tags.Count; t++)
        {
            biases[t] = tags[t].Document.Bias;
            biases[tags.Count + t] = tags[t].Passage.Bias;
            var document = tags[t].Document.Weights;
            var passage = tags[t].Passage.Weights;
            for (var f = 0; f < vocabulary.Size; f++)
            {
                rows[f * stride + 1 + t] = document[f];
                rows[f * stride + 1 + tags.Count + t] = passage[f];
            }
        }
    }

    /// <summary>Number of scores <see cref="Score"/> writes: each tag's document score, then each tag's passage score.</summary>
    public int Width => width;

    /// <summary>Scores hashed counts (bucket space) as <see cref="Vocabulary.Weigh"/> then each scorer would.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    public void Score(SparseVector counts, Span<double> scores)
    {
        var n = counts.Indices.Length;
        if (weighed is null || weighed.Length < n) (weighed, starts) = (new float[Math.Max(1024, 2 * n)], new int[Math.Max(1024, 2 * n)]);
        var values = weighed;
        var at = starts!;
        var known = 0;
        double norm = 0;
        for (var i = 0; i < n; i++)
        {
            var local = localOf[counts.Indices[i]];
            if (local < 0) continue;
            var start = local * stride;
            var v = Vocabulary.Sublinear(counts.Values[i]) * rows[start];
            values[known] = (float)v;
            at[known++] = start + 1;
            norm += v * v;
        }
        var scale = norm > 0 ? 1.0 / Math.Sqrt(norm) : 0;
        if (norm > 0)
            for (var e = 0; e < known; e++) values[e] = (float)(values[e] * scale);
        if (width == 6) ScoreThreeTags(values, at, known, scores);
        else
        {
            biases.CopyTo(scores);
            for (var e = 0; e < known; e++)
            {
                var row = rows.AsSpan(at[e], width);
                for (var k = 0; k < row.Length; k++) scores[k] += row[k] * (double)values[e];
            }
        }
    }

    /// <summary>The dot products for a model of three tags (the shipped labels), the six sums kept in registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    private void ScoreThreeTags(float[] values, int[] at, int known, Span<double> scores)
    {
        double s0 = biases[0], s1 = biases[1], s2 = biases[2], s3 = biases[3], s4 = biases[4], s5 = biases[5];
        var r = rows;
        for (var e = 0; e < known; e++)
        {
            var x = (double)values[e];
            var row = r.AsSpan(at[e], 6);
            s0 += row[0] * x;
            s1 += row[1] * x;
            s2 += row[2] * x;
            s3 += row[3] * x;
            s4 += row[4] * x;
            s5 += row[5] * x;
        }
        (scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]) = (s0, s1, s2, s3, s4, s5);
    }
}
