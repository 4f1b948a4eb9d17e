namespace NewsCorrelate.Correlation;

/// <summary>How far around a month the correlator looks. Windows are inclusive and in whole months: the
/// defaults take articles published from the first day of the month two months before the move through the
/// last day of the month after it (export licences take weeks, so policy news leads the data), plus data
/// reports on the month published up to three months after it.</summary>
public sealed record CorrelationOptions
{
    public int MonthsBefore { get; init; } = 2;
    public int MonthsAfter { get; init; } = 1;
    public int ReportMonthsAfter { get; init; } = 3;

    /// <summary>Most events listed per role.</summary>
    public int MaxEvents { get; init; } = 5;

    /// <summary>Most data reports listed.</summary>
    public int MaxReports { get; init; } = 5;

    public static CorrelationOptions Default { get; } = new();
}
