using System.Globalization;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Compares figures reported in articles with the imported series: values within 2% (or 1.5 t) and
/// percentage changes within 2 points agree; a quarterly claim is checked against the months of that quarter
/// (a claimed rise where every month fell year on year is a conflict). Pure.</summary>
public sealed class FigureReconciler
{
    private const double ValueTolerance = 0.02;
    private const double AbsoluteTolerance = 1.5;
    private const double PointsTolerance = 2.0;

    private readonly Dictionary<(string, Month), MonthlyChange> changes;

    public FigureReconciler(IEnumerable<VolumePoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.ToList();
        changes = ChangeDetector.Detect(points).ToDictionary(c => (c.Series, c.Month));
        // Cumulative series are not monthly moves, but their reported figures are still facts to compare with.
        foreach (var p in points.Where(p => p.IsCumulative))
            changes.TryAdd((p.Series, p.Month), new MonthlyChange(p.Series, p.Month, p.Value, null, p.MomPct, p.YoyPct, null, false, p.Source));
    }

    public FigureCheck Check(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Months == 3 ? CheckQuarter(figure) : CheckMonth(figure);
    }

    private FigureCheck CheckMonth(ReportedFigure f)
    {
        var details = new List<string>();
        var sources = new List<string>();
        var agree = 0;
        var disagree = 0;
        void Compare(string what, double? reported, double? known, bool percent, MonthlyChange at)
        {
            if (reported is not { } r || known is not { } k) return;
            var ok = percent ? Math.Abs(r - k) <= PointsTolerance : Math.Abs(r - k) <= Math.Max(AbsoluteTolerance, ValueTolerance * Math.Abs(k));
            if (ok) agree++; else disagree++;
            details.Add($"{what} {Show(r, percent)} vs {Show(k, percent)} in {at.Series} {at.Month} ({(ok ? "agrees" : "conflicts")})");
            if (at.Source is { } s && !sources.Contains(s)) sources.Add(s);
        }
        if (changes.TryGetValue((f.Series, f.Month), out var c))
        {
            Compare("value", f.Value, c.Value, false, c);
            Compare("y/y", f.YoyPct, c.YoyPct, true, c);
            Compare("m/m", f.MomPct, c.MomPct, true, c);
        }
        if (changes.TryGetValue((f.Series, f.Month.AddMonths(-1)), out var before))
            Compare("implied previous month", f.ImpliedPrevious, before.Value, false, before);
        return new FigureCheck(f, Verdict(agree, disagree), details, sources);
    }

    private FigureCheck CheckQuarter(ReportedFigure f)
    {
        var months = Enumerable.Range(0, 3).Select(i => changes.GetValueOrDefault((f.Series, f.Month.AddMonths(i)))).OfType<MonthlyChange>().ToList();
        var details = new List<string>();
        var sources = months.Select(m => m.Source).OfType<string>().Distinct().ToList();
        if (f.YoyPct is not { } claim || months.All(m => m.YoyPct is null))
            return new FigureCheck(f, FigureVerdict.Unverified, ["no y/y figures for the quarter's months in the series"], sources);
        var known = months.Where(m => m.YoyPct is not null).ToList();
        var shown = string.Join(", ", known.Select(m => $"{m.Month} {Show(m.YoyPct!.Value, true)}"));
        // Quarter total from values, when all six months (this year and last) are known.
        var thisYear = months.Count == 3 && months.All(m => m.Value is not null) ? months.Sum(m => m.Value!.Value) : (double?)null;
        var lastYear = Enumerable.Range(0, 3).Select(i => changes.GetValueOrDefault((f.Series, f.Month.AddMonths(i - 12)))?.Value).ToList();
        bool ok;
        if (thisYear is { } t && lastYear.All(v => v is not null))
        {
            var actual = (t / lastYear.Sum(v => v!.Value) - 1) * 100;
            ok = Math.Abs(actual - claim) <= PointsTolerance * 2;
            details.Add($"quarter y/y {Show(claim, true)} vs {Show(actual, true)} from the monthly values ({(ok ? "agrees" : "conflicts")})");
        }
        else
        {
            var opposite = known.All(m => Math.Sign(m.YoyPct!.Value) == -Math.Sign(claim));
            var same = known.All(m => Math.Sign(m.YoyPct!.Value) == Math.Sign(claim));
            if (!opposite && !same)
                return new FigureCheck(f, FigureVerdict.Unverified, [$"quarter y/y {Show(claim, true)}; months mixed: {shown}"], sources);
            ok = same;
            details.Add($"quarter y/y {Show(claim, true)} vs monthly y/y {shown} in {f.Series} ({(ok ? "agrees" : "conflicts")})");
        }
        return new FigureCheck(f, ok ? FigureVerdict.Corroborated : FigureVerdict.Conflicting, details, sources);
    }

    private static FigureVerdict Verdict(int agree, int disagree) =>
        disagree > 0 ? FigureVerdict.Conflicting : agree > 0 ? FigureVerdict.Corroborated : FigureVerdict.Unverified;

    private static string Show(double v, bool percent) =>
        percent ? (Math.Round(v, 1) is var r && r == 0 ? "0" : r.ToString("+0.#;-0.#", CultureInfo.InvariantCulture)) + "%" : NumberText.Tonnes(v);
}
