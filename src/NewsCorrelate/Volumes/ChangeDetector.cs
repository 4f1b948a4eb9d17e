using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Month-on-month and year-on-year changes for every month of every (non-cumulative) series, and how
/// unusual each move is against the series' own history. Robust to gaps (a change is only computed between
/// months that are both known; otherwise the reported percentage is used) and to short series (the spread of
/// past moves is shrunk towards a prior, so three data points do not make every move look extreme). Pure.</summary>
public static class ChangeDetector
{
    /// <summary>|robust z| from which a move is flagged as notable.</summary>
    public const double NotableZ = 1.5;

    /// <summary>|robust z| from which a move is called exceptional.</summary>
    public const double ExceptionalZ = 3.0;

    /// <summary>Prior spread (standard deviation) of a monthly log change, for series with little history:
    /// 0.25 is about a 25% move, typical of monthly trade flows.</summary>
    private const double PriorScale = 0.25;

    /// <summary>How many observations the prior counts for.</summary>
    private const double PriorWeight = 3;

    /// <summary>Changes for every month of every non-cumulative series, ordered by series then month.</summary>
    public static IReadOnlyList<MonthlyChange> Detect(IEnumerable<VolumePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Where(p => !p.IsCumulative)
            .GroupBy(p => p.Series, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => DetectSeries(g.ToList()))
            .ToList();
    }

    private static IEnumerable<MonthlyChange> DetectSeries(List<VolumePoint> series)
    {
        var byMonth = series.GroupBy(p => p.Month).ToDictionary(g => g.Key, g => g.First());
        var months = byMonth.Keys.Order().ToList();
        var raw = months.Select(m => Raw(byMonth, m)).ToList();
        var mom = raw.Select(r => Log(r.MomPct)).ToList();
        var yoy = raw.Select(r => Log(r.YoyPct)).ToList();
        for (var i = 0; i < raw.Count; i++)
        {
            var (history, own) = mom[i] is not null ? (mom, mom[i]) : (yoy, yoy[i]);
            double? z = own is { } x ? Z(x, history.Where((_, j) => j != i).OfType<double>().ToList()) : null;
            yield return raw[i] with { Unusualness = z, Notable = z is { } v && Math.Abs(v) >= NotableZ };
        }
    }

    private static MonthlyChange Raw(Dictionary<Month, VolumePoint> byMonth, Month month)
    {
        var p = byMonth[month];
        var before = byMonth.GetValueOrDefault(month.AddMonths(-1))?.Value;
        var yearAgo = byMonth.GetValueOrDefault(month.AddMonths(-12))?.Value;
        var momPct = p.Value is { } v && before is { } b && b > 0 ? (v / b - 1) * 100 : p.MomPct;
        var yoyPct = p.Value is { } v2 && yearAgo is { } y && y > 0 ? (v2 / y - 1) * 100 : p.YoyPct;
        var previous = before ?? (p.Value is { } v3 && p.MomPct is { } m ? v3 / (1 + m / 100) : null);
        return new MonthlyChange(p.Series, month, p.Value, previous, momPct, yoyPct, null, false, p.Source);
    }

    private static double? Log(double? pct) => pct is { } p && p > -100 ? Math.Log(1 + p / 100) : null;

    /// <summary>Robust z of <paramref name="x"/> against <paramref name="history"/> (median and MAD, the MAD
    /// scaled to a normal sigma and shrunk towards <see cref="PriorScale"/>).</summary>
    internal static double Z(double x, IReadOnlyList<double> history)
    {
        var center = history.Count > 0 ? Median(history) : 0;
        var mad = history.Count > 1 ? 1.4826 * Median(history.Select(h => Math.Abs(h - center)).ToList()) : PriorScale;
        var n = history.Count;
        var scale = Math.Sqrt((n * mad * mad + PriorWeight * PriorScale * PriorScale) / (n + PriorWeight));
        return (x - center) / scale;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
