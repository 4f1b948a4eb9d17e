namespace NewsCorrelate.Classification;

/// <summary>Multi-label evaluation: per-tag precision/recall/F1 with support, micro averages (pooled counts), macro
/// averages (mean of the per-tag figures), and which tags were given in place of others.</summary>
public sealed record EvaluationReport(int Articles, IReadOnlyList<TagMetrics> PerTag, IReadOnlyList<TagConfusion> Confusions)
{
    public double MicroPrecision => TagMetrics.Ratio(PerTag.Sum(t => t.TruePositives), PerTag.Sum(t => t.TruePositives + t.FalsePositives));
    public double MicroRecall => TagMetrics.Ratio(PerTag.Sum(t => t.TruePositives), PerTag.Sum(t => t.TruePositives + t.FalseNegatives));
    public double MicroF1 => TagMetrics.Ratio(2 * PerTag.Sum(t => t.TruePositives), PerTag.Sum(t => 2 * t.TruePositives + t.FalsePositives + t.FalseNegatives));
    public double MacroPrecision => PerTag.Count == 0 ? 0 : PerTag.Average(t => t.Precision);
    public double MacroRecall => PerTag.Count == 0 ? 0 : PerTag.Average(t => t.Recall);
    public double MacroF1 => PerTag.Count == 0 ? 0 : PerTag.Average(t => t.F1);
}
