using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Counts and scores for one tag over an evaluated set. Precision is 0 when nothing was predicted,
/// recall is 0 when nothing was labelled.</summary>
public sealed record TagMetrics(Tag Tag, int Support, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
