using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>One tag's part of a model: its linear scorer, calibration and decision threshold (on the calibrated
/// probability, chosen on held-out folds).</summary>
public sealed record TagModel(Tag Tag, LinearScorer Scorer, PlattScaling Calibration, double Threshold)
{
    public double Probability(SparseVector weighted) => Calibration.Probability(Scorer.Score(weighted));
}
