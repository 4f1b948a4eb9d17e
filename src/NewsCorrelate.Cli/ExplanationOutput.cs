using System.Globalization;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>Prints an <see cref="Explanation"/> for people (text) or programs (JSON, shape in README.md).</summary>
internal static class ExplanationOutput
{
    public static void WriteText(CliContext context, Explanation e)
    {
        var o = context.Out;
        o.WriteLine(e.Summary);
        o.WriteLine();
        foreach (var note in e.Notes) o.WriteLine("Note: " + note);
        if (e.Notes.Count > 0) o.WriteLine();
        var m = e.Move;
        o.WriteLine($"Move: {m.Series} {m.Month}  value {NumberText.Tonnes(m.Value)}  previous {NumberText.Tonnes(m.Previous)}  m/m {NumberText.Percent(m.MomPct)}  y/y {NumberText.Percent(m.YoyPct)}  {m.UnusualnessText}");
        Section(o, $"Drivers (news consistent with the {(m.Direction < 0 ? "fall" : "rise")})", e.Drivers);
        Section(o, "Counter-evidence (news pointing the other way)", e.CounterEvidence);
        o.WriteLine();
        o.WriteLine("Data reports");
        if (e.Reports.Count == 0) o.WriteLine("  (none in the window)");
        for (var i = 0; i < e.Reports.Count; i++)
        {
            var r = e.Reports[i];
            o.WriteLine($"  {i + 1}. [{r.Score:0.00}] {Cite(r.Article)}");
            foreach (var s in r.Evidence.Take(2)) o.WriteLine($"     \"{s}\"");
        }
    }

    private static void Section(TextWriter o, string heading, IReadOnlyList<ExplainedEvent> events)
    {
        o.WriteLine();
        o.WriteLine(heading);
        if (events.Count == 0) o.WriteLine("  (none in the window)");
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            o.WriteLine($"  {i + 1}. [{ev.Score:0.00}] {ev.Tag}  {ev.Title} ({ev.Date:yyyy-MM-dd}{(ev.Articles.Count > 1 ? $", {ev.Articles.Count} sources" : "")})");
            foreach (var s in ev.Articles[0].Evidence.Take(2)) o.WriteLine($"     \"{s}\"");
            foreach (var a in ev.Articles.Take(4)) o.WriteLine($"     - {Cite(a.Article)}");
            if (ev.Articles.Count > 4) o.WriteLine($"     - and {ev.Articles.Count - 4} more");
        }
    }

    private static string Cite(Article a) =>
        $"{a.Title} ({a.Source}, {a.Published}{(a.Url is { Length: > 0 } url ? ", " + url : "")}) [{a.Id}]";

    public static object Json(Explanation e, string? question) => new
    {
        question,
        series = new { name = e.Series.Name, description = e.Series.Description, unit = e.Series.Unit },
        move = new
        {
            month = e.Move.Month.ToString(),
            value = e.Move.Value,
            previous = e.Move.Previous,
            momPct = Round(e.Move.MomPct),
            yoyPct = Round(e.Move.YoyPct),
            direction = e.Move.Direction switch { < 0 => "down", > 0 => "up", _ => "flat" },
            unusualness = Round(e.Move.Unusualness),
            notable = e.Move.Notable,
            description = e.Move.UnusualnessText,
            source = e.Move.Source,
        },
        drivers = e.Drivers.Select(Event),
        counterEvidence = e.CounterEvidence.Select(Event),
        reports = e.Reports.Select(Evidence),
        summary = e.Summary,
        notes = e.Notes,
    };

    private static object Event(ExplainedEvent ev) => new
    {
        title = ev.Title,
        date = ev.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        tag = ev.Tag.Name,
        score = ev.Score,
        articles = ev.Articles.Select(Evidence),
    };

    private static object Evidence(ArticleEvidence a) => new
    {
        id = a.Article.Id.Value,
        title = a.Article.Title,
        source = a.Article.Source,
        published = a.Article.Published.ToString(),
        url = a.Article.Url,
        role = a.Role switch { EvidenceRole.Driver => "driver", EvidenceRole.CounterEvidence => "counter", _ => "report" },
        score = a.Score,
        lagMonths = a.LagMonths,
        tags = a.Tags.Select(t => new { tag = t.Tag.Name, probability = Math.Round(t.Probability, 4) }),
        evidence = a.Evidence,
    };

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 2) : null;


    /// <summary>Escapes text for Spectre markup.</summary>
    public static string Esc(string s) => Markup.Escape(s);
}
