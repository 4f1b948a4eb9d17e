using System.Globalization;
using NewsCorrelate.Domain;
using NewsCorrelate.Volumes;

namespace NewsCorrelate.Correlation;

/// <summary>Answers questions about monthly moves: picks the month and series the question means (the latest
/// matching month with data; with no series named, the series that moved the asked way, mentioning those that
/// moved the other way), links the articles around it and writes the explanation. Questions that cannot be
/// answered (no data for the month, unknown series) get an error value that says what data there is.</summary>
public sealed class Explainer
{
    private readonly IReadOnlyDictionary<string, SeriesDefinition> series;
    private readonly IReadOnlyList<MonthlyChange> changes;
    private readonly IArticleWindow articles;
    private readonly Correlator correlator;

    public Explainer(IEnumerable<SeriesDefinition> series, IEnumerable<VolumePoint> points, IArticleWindow articles, Correlator correlator)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(points);
        var pointList = points.ToList();
        var defined = series.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        // A series with points but no definition still gets a plain one, so imported data is always explainable.
        foreach (var name in pointList.Select(p => p.Series).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !defined.ContainsKey(n)))
            defined[name] = new SeriesDefinition(name, "", pointList.First(p => p.Series.Equals(name, StringComparison.OrdinalIgnoreCase)).Unit, []);
        this.series = defined;
        changes = ChangeDetector.Detect(pointList);
        this.articles = articles ?? throw new ArgumentNullException(nameof(articles));
        this.correlator = correlator ?? throw new ArgumentNullException(nameof(correlator));
    }

    /// <summary>Every month's change of every series (for listings and notable-move scans).</summary>
    public IReadOnlyList<MonthlyChange> Changes => changes;

    /// <summary>Answers a parsed question.</summary>
    public ParseOutcome<Explanation> Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var notes = new List<string>();
        var pool = question.Series is { } hint
            ? changes.Where(c => c.Series.Equals(hint, StringComparison.OrdinalIgnoreCase)).ToList()
            : changes.ToList();
        if (pool.Count == 0)
            return ParseOutcome<Explanation>.Fail(question.Series is null ? "there are no volume series in the store; import one with 'newscorrelate volumes import FILE.csv'" : $"series {question.Series} has no data");
        var months = CandidateMonths(question, pool);
        if (months.Count == 0)
            return ParseOutcome<Explanation>.Fail(NoDataMessage(question, pool));
        var atMonths = pool.Where(c => months.Contains(c.Month) && c.Direction != 0).ToList();
        if (atMonths.Count == 0)
            return ParseOutcome<Explanation>.Fail(NoDataMessage(question, pool));
        var matching = question.Direction == MoveDirection.Unspecified ? atMonths : atMonths.Where(c => c.Direction == (int)question.Direction).ToList();
        MonthlyChange move;
        if (matching.Count > 0)
        {
            move = Strongest(matching);
        }
        else
        {
            move = Strongest(atMonths);
            notes.Add($"The question asks about a {Word(question.Direction)}, but {Name(move)} {Verb(move)} in {Label(move.Month)}; no {(question.Series is null ? "series" : "month asked")} {Word(question.Direction, past: true)}.");
        }
        if (question.Series is null)
        {
            notes.Add($"Series: {move.Series} ({Describe(move)}), chosen as the series that {(matching.Count > 0 ? Word(question.Direction == MoveDirection.Unspecified ? (MoveDirection)move.Direction : question.Direction, past: true) : "moved most")} in {Label(move.Month)}.");
            var others = changes.Where(c => c.Month == move.Month && c.Series != move.Series && c.Direction != 0 && c.Direction != move.Direction).ToList();
            if (others.Count > 0)
                notes.Add($"{(move.Direction > 0 ? "Fell" : "Rose")} instead: {string.Join(", ", others.Select(o => $"{o.Series} {NumberText.Percent(o.MomPct ?? o.YoyPct)}"))}.");
        }
        if (question.Months == 3)
            notes.Add($"The quarter's largest {Word((MoveDirection)move.Direction)} was in {Label(move.Month)}.");
        return ParseOutcome<Explanation>.Ok(Explain(series[move.Series], move, notes));
    }

    /// <summary>The structured form: the move of <paramref name="seriesName"/> in <paramref name="month"/>.</summary>
    public ParseOutcome<Explanation> Explain(string seriesName, Month month)
    {
        if (!series.TryGetValue(seriesName, out var definition))
            return ParseOutcome<Explanation>.Fail($"unknown series '{seriesName}'; known: {string.Join(", ", series.Keys.Order(StringComparer.Ordinal))}");
        var move = changes.FirstOrDefault(c => c.Series.Equals(definition.Name, StringComparison.OrdinalIgnoreCase) && c.Month == month);
        if (move is null)
        {
            var have = changes.Where(c => c.Series.Equals(definition.Name, StringComparison.OrdinalIgnoreCase)).Select(c => c.Month.ToString()).ToList();
            return ParseOutcome<Explanation>.Fail($"{definition.Name} has no figure for {month}; months with data: {(have.Count == 0 ? "none" : string.Join(", ", have))}");
        }
        return ParseOutcome<Explanation>.Ok(Explain(definition, move, []));
    }

    private Explanation Explain(SeriesDefinition definition, MonthlyChange move, List<string> notes)
    {
        var (from, to) = correlator.Window(move.Month);
        var linked = correlator.Link(move, definition, articles.CandidatesBetween(from, to));
        var events = EventGrouper.Group(linked);
        var max = correlator.Options.MaxEvents;
        var drivers = events.Where(e => e.Role == EvidenceRole.Driver).Take(max).ToList();
        var counter = events.Where(e => e.Role == EvidenceRole.CounterEvidence).Take(max).ToList();
        var reports = linked.Where(e => e.Role == EvidenceRole.Report).Take(correlator.Options.MaxReports).ToList();
        if (move.Direction == 0)
            notes.Add("The series did not move this month, so no article is ranked as driver or counter-evidence.");
        return new Explanation(definition, move, drivers, counter, reports, Summary(definition, move, drivers, counter, reports), notes);
    }

    private static List<Month> CandidateMonths(Question q, List<MonthlyChange> pool)
    {
        var withData = pool.Where(c => c.Direction != 0).Select(c => c.Month).Distinct().Order().ToList();
        if (q.Month is not { } asked)
        {
            // No month: the latest notable move the asked way, else the latest month with data.
            var notable = pool.Where(c => c.Notable && (q.Direction == MoveDirection.Unspecified || c.Direction == (int)q.Direction)).Select(c => c.Month).ToList();
            return notable.Count > 0 ? [notable.Max()] : withData.Count > 0 ? [withData[^1]] : [];
        }
        if (q.Months == 3)
            return withData.Where(m => m >= asked && m <= asked.AddMonths(2)).ToList();
        if (q.YearGiven)
            return withData.Contains(asked) ? [asked] : [];
        var sameName = withData.Where(m => m.Number == asked.Number).ToList();
        return sameName.Count > 0 ? [sameName[^1]] : [];
    }

    private static MonthlyChange Strongest(IEnumerable<MonthlyChange> moves) =>
        moves.OrderByDescending(c => Math.Abs(c.Unusualness ?? 0)).ThenByDescending(c => Math.Abs(c.MomPct ?? c.YoyPct ?? 0)).ThenBy(c => c.Series, StringComparer.Ordinal).First();

    private static string NoDataMessage(Question q, List<MonthlyChange> pool)
    {
        var months = pool.Where(c => c.Direction != 0).Select(c => c.Month).Distinct().Order().ToList();
        var asked = q.Month is not { } m ? "that period" : q.Months == 3 ? $"{m.Year}-Q{(m.Number + 2) / 3}" : q.YearGiven ? m.ToString() : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Number);
        var recent = months.TakeLast(12).Select(x => x.ToString());
        return $"no volume data for {asked}{(q.Series is null ? "" : " in " + q.Series)}; months with data: {string.Join(", ", recent)}{(months.Count > 12 ? $" (and {months.Count - 12} earlier)" : "")}";
    }

    internal static string Summary(SeriesDefinition s, MonthlyChange move, IReadOnlyList<ExplainedEvent> drivers, IReadOnlyList<ExplainedEvent> counter, IReadOnlyList<ArticleEvidence> reports)
    {
        var parts = new List<string> { $"{Name(move)} {Verb(move)} in {Label(move.Month)}: {Describe(move)}; the move is {move.UnusualnessText}." };
        if (reports.Count > 0)
            parts.Add($"Data reports: {string.Join("; ", reports.Take(2).Select(r => $"\"{r.Article.Title}\" ({r.Article.Source}, {r.Article.Published})"))}.");
        if (drivers.Count > 0)
            parts.Add($"News consistent with the {(move.Direction < 0 ? "fall" : "rise")}: {string.Join("; ", drivers.Take(3).Select(EventPhrase))}.");
        else if (move.Direction != 0)
            parts.Add($"No tagged news in the window points {(move.Direction < 0 ? "down" : "up")}.");
        if (counter.Count > 0)
            parts.Add($"Pointing the other way: {string.Join("; ", counter.Take(2).Select(EventPhrase))}.");
        return string.Join(" ", parts);
    }

    private static string EventPhrase(ExplainedEvent e) =>
        $"{e.Tag.Name.Replace('_', ' ')} \"{e.Title}\" ({e.Date:yyyy-MM-dd}{(e.Articles.Count > 1 ? $", {e.Articles.Count} sources" : "")})";

    internal static string Describe(MonthlyChange c)
    {
        var parts = new List<string>();
        if (c.Value is { } v) parts.Add(NumberText.Tonnes(v));
        if (c.Previous is { } p) parts.Add("from " + NumberText.Tonnes(p));
        if (c.MomPct is { } m) parts.Add($"{NumberText.Percent(m)} m/m");
        if (c.YoyPct is { } y) parts.Add($"{NumberText.Percent(y)} y/y");
        return string.Join(", ", parts);
    }

    private static string Name(MonthlyChange c) => c.Series;

    private static string Verb(MonthlyChange c) => c.Direction switch { < 0 => "fell", > 0 => "rose", _ => "was flat" };

    private static string Label(Month m) => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Number)} {m.Year}";


    private static string Word(MoveDirection d, bool past = false) => (d, past) switch
    {
        (MoveDirection.Down, false) => "fall",
        (MoveDirection.Down, true) => "fell",
        (MoveDirection.Up, false) => "rise",
        (MoveDirection.Up, true) => "rose",
        _ => past ? "moved" : "move",
    };
}
