using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>One tag's part of a model: a scorer of whole articles, a scorer of passages (<see cref="PassageLearning"/>),
/// the calibration that combines an article's whole score with its best passage's, and the decision threshold on the
/// calibrated probability (chosen on held-out folds).</summary>
public sealed record TagModel(Tag Tag, LinearScorer Document, LinearScorer Passage, PlattScaling Calibration, double Threshold)
{
    /// <summary>The probability of an article given its weighted whole vector and weighted passages.</summary>
    public double Probability(SparseVector whole, IReadOnlyList<SparseVector> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return Calibration.Probability(Document.Score(whole), BestScore(Passage, passages));
    }

    /// <summary>The probability of one sentence or passage read on its own (it is both the whole and its only passage).</summary>
    public double Probability(SparseVector text) => Calibration.Probability(Document.Score(text), Passage.Score(text));

    /// <summary>The highest score of a scorer over some weighted passages.</summary>
    public static double BestScore(LinearScorer scorer, IReadOnlyList<SparseVector> passages)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(passages);
        var best = double.NegativeInfinity;
        foreach (var v in passages) best = Math.Max(best, scorer.Score(v));
        return best;
    }
}
