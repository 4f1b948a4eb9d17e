namespace NewsCorrelate.Domain;

/// <summary>One reported figure of a volume series for one month. A row may carry only a value, only a
/// percentage change, or both: it is kept as what it is. Values are in <see cref="Unit"/> (tonnes for the
/// shipped series). A series whose name ends in <c>-YTD</c> is cumulative from January to <see cref="Month"/>.</summary>
public sealed record VolumePoint
{
    public VolumePoint(string series, Month month, double? value, double? yoyPct, double? momPct, string unit = "t", string? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        if (value is { } v && (v < 0 || !double.IsFinite(v)))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A volume is a finite, non-negative number.");
        if (value is null && yoyPct is null && momPct is null)
            throw new ArgumentException("A volume point needs a value or a percentage change.", nameof(value));
        if (yoyPct is { } y && (!double.IsFinite(y) || y <= -100))
            throw new ArgumentOutOfRangeException(nameof(yoyPct), yoyPct, "A change in percent is finite and above -100.");
        if (momPct is { } m && (!double.IsFinite(m) || m <= -100))
            throw new ArgumentOutOfRangeException(nameof(momPct), momPct, "A change in percent is finite and above -100.");
        Series = series.Trim();
        Month = month;
        Value = value;
        YoyPct = yoyPct;
        MomPct = momPct;
        Unit = unit.Trim();
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    public string Series { get; }
    public Month Month { get; }

    /// <summary>The volume in <see cref="Unit"/>; null when only a percentage was reported.</summary>
    public double? Value { get; }

    /// <summary>Reported change on the same month a year earlier, in percent (e.g. -9.5).</summary>
    public double? YoyPct { get; }

    /// <summary>Reported change on the previous month, in percent.</summary>
    public double? MomPct { get; }

    public string Unit { get; }

    /// <summary>Where the figure comes from (URL or outlet), if known.</summary>
    public string? Source { get; }

    /// <summary>True for cumulative (January to this month) series, named <c>...-YTD</c>.</summary>
    public bool IsCumulative => Series.EndsWith("-YTD", StringComparison.OrdinalIgnoreCase);
}
