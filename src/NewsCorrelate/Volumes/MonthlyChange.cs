using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>How one month of a series moved. Values in the series' unit (tonnes for the shipped series).</summary>
/// <param name="Series">Series name.</param>
/// <param name="Month">The month.</param>
/// <param name="Value">The month's value; null when only percentages were reported.</param>
/// <param name="Previous">The previous month's value: reported, or implied from the reported m/m change.</param>
/// <param name="MomPct">Change on the previous month in percent: computed from the values when both months are known, else as reported.</param>
/// <param name="YoyPct">Change on the same month a year earlier in percent: computed when both are known, else as reported.</param>
/// <param name="Unusualness">Robust z-score of the month's log change against the series' own history
/// (m/m where known, else y/y); null when the month has no change to measure.</param>
/// <param name="Notable">True when |<paramref name="Unusualness"/>| reaches <see cref="ChangeDetector.NotableZ"/>.</param>
/// <param name="Source">Where the month's figure comes from.</param>
public sealed record MonthlyChange(
    string Series,
    Month Month,
    double? Value,
    double? Previous,
    double? MomPct,
    double? YoyPct,
    double? Unusualness,
    bool Notable,
    string? Source)
{
    /// <summary>+1 up, -1 down, 0 flat or unknown: by m/m change, else by y/y change.</summary>
    public int Direction => Math.Sign(Math.Round(MomPct ?? YoyPct ?? 0, 1));

    /// <summary>A short description of how unusual the move is, for people.</summary>
    public string UnusualnessText => Unusualness switch
    {
        null => "no change to compare",
        var z when Math.Abs(z.Value) >= ChangeDetector.ExceptionalZ => $"exceptional ({NumberText.Signed(z.Value)} robust z)",
        var z when Math.Abs(z.Value) >= ChangeDetector.NotableZ => $"notable ({NumberText.Signed(z.Value)} robust z)",
        var z => $"within the series' usual range ({NumberText.Signed(z.Value)} robust z)",
    };
}
