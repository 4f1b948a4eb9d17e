using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>A volume figure stated in an article ("China exported 656 tons of rare earth magnets to the US in
/// October, up 4.5% year on year"), with its provenance. Values in tonnes.</summary>
/// <param name="Series">The series it belongs to (resolved through series aliases).</param>
/// <param name="Month">The month, or the first month of the quarter when <paramref name="Months"/> is 3.</param>
/// <param name="Months">1 for a monthly figure, 3 for a quarterly claim.</param>
/// <param name="Value">The stated volume, if any.</param>
/// <param name="YoyPct">The stated year-on-year change in percent, if any.</param>
/// <param name="MomPct">The stated month-on-month change in percent, if any.</param>
/// <param name="ArticleId">The article that states it.</param>
/// <param name="Sentence">The sentence(s) it was read from.</param>
public sealed record ReportedFigure(
    string Series,
    Month Month,
    int Months,
    double? Value,
    double? YoyPct,
    double? MomPct,
    ArticleId ArticleId,
    string Sentence)
{
    /// <summary>The previous month's value implied by <see cref="Value"/> and <see cref="MomPct"/>.</summary>
    public double? ImpliedPrevious => Value is { } v && MomPct is { } m ? v / (1 + m / 100) : null;

    /// <summary>The value a year earlier implied by <see cref="Value"/> and <see cref="YoyPct"/>.</summary>
    public double? ImpliedYearAgo => Value is { } v && YoyPct is { } y ? v / (1 + y / 100) : null;

    /// <summary>"2025-11" for a month, "2025-Q2" for a quarter.</summary>
    public string Period => Months == 3 ? $"{Month.Year}-Q{(Month.Number + 2) / 3}" : Month.ToString();
}
