using System.CommandLine;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate search QUERY</c>: ranked full-text search with facets, or a by-date listing when the
/// query has only filters.</summary>
internal sealed class SearchVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words, \"phrases\", OR, NOT/-word, prefix*, (groups), and filters month:YYYY-MM from:YYYY-MM to:YYYY-MM tag:NAME source:NAME linked:YYYY-MM.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var month = new Option<string?>("--month") { Description = "Only articles published in this month.", HelpName = "YYYY-MM" };
        var from = new Option<string?>("--from") { Description = "Only articles published in or after this month.", HelpName = "YYYY-MM" };
        var to = new Option<string?>("--to") { Description = "Only articles published in or before this month.", HelpName = "YYYY-MM" };
        var tag = new Option<string[]>("--tag") { Description = "Only articles with this tag (repeatable: all must hold).", HelpName = "TAG" };
        var source = new Option<string[]>("--source") { Description = "Only articles whose source contains this (repeatable: any may hold).", HelpName = "NAME" };
        var limit = new Option<int>("--limit") { Description = "How many results to show (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        var json = CommonOptions.Json();
        var command = new Command("search",
            "Search the articles (BM25 ranking, stemming: 'tighten' finds 'tightened'), with counts per month and per tag for all matches.\n" +
            "With only filters (no words) it lists articles by date, newest first.\n\n" +
            "Examples:\n" +
            "  newscorrelate search \"export licences\" --month 2025-11\n" +
            "  newscorrelate search 'magnet* -gallium tag:truce from:2025-04 to:2025-06'\n" +
            "  newscorrelate search '(truce OR pause) source:reuters' --limit 20 --json\n" +
            "  newscorrelate search --month 2025-12")
        {
            query, month, from, to, tag, source, limit, json,
        };
        command.SetAction(parse =>
        {
            var words = parse.GetValue(query) ?? [];
            // QUERY takes any number of words, so an option this verb does not have would otherwise become a search word
            if (words.FirstOrDefault(w => w.Length > 2 && w.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
                throw CliException.Usage($"search has no option '{unknown}' (see 'newscorrelate search --help'); to exclude a word, write -word.");
            var text = string.Join(' ', words);
            var parsed = QueryParser.Parse(text);
            if (!parsed.Success)
                throw new CliException($"bad query: {parsed.Error!.Message} at column {parsed.Error.Column}\n  {text}\n  {new string(' ', Math.Max(0, parsed.Error.Column - 1))}^");
            var n = parse.GetValue(limit);
            if (n < 0) throw CliException.Usage("--limit must be 0 or more.");
            var search = parsed.Value!.WithFilters(f => ApplyOptions(f, parse, month, from, to, tag, source));
            if (search.Filters.From is { } f0 && search.Filters.To is { } t0 && f0 > t0)
                throw new CliException($"the month window is empty: from {f0} is after to {t0}.");
            using var store = StoreOpener.Open(parse, context);
            var results = store.Search(search, n);
            if (parse.GetValue(json)) WriteJson(context, text, search, results);
            else WriteText(context, text, search, results);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static SearchFilters ApplyOptions(SearchFilters f, ParseResult parse, Option<string?> month, Option<string?> from, Option<string?> to,
        Option<string[]> tag, Option<string[]> source)
    {
        if (parse.GetValue(month) is { } m) f = f.InMonth(ParseMonth("--month", m));
        if (parse.GetValue(from) is { } a) f = f.Since(ParseMonth("--from", a));
        if (parse.GetValue(to) is { } b) f = f.Until(ParseMonth("--to", b));
        foreach (var t in parse.GetValue(tag) ?? [])
            f = f.WithTag(Tag.TryParse(t, out var parsed) ? parsed : throw CliException.Usage($"--tag '{t}' is not a tag name (lower-case letters, digits and _)."));
        foreach (var s in parse.GetValue(source) ?? [])
            if (!string.IsNullOrWhiteSpace(s)) f = f.WithSource(s);
        return f;
    }

    private static Month ParseMonth(string option, string value) =>
        Month.TryParse(value, out var m) ? m : throw CliException.Usage($"{option} '{value}' is not a month; expected YYYY-MM, e.g. 2025-11.");

    private static void WriteText(CliContext context, string text, SearchQuery search, SearchResults results)
    {
        var o = context.Out;
        var what = search.Text is null ? "articles" : $"articles match {Quote(text)}";
        o.WriteLine(results.Total == 0 ? $"No {what}{Window(search.Filters)}." : $"{results.Total} {what}{Window(search.Filters)}; showing {results.Hits.Count}{(search.Text is null ? ", newest first" : ", best first")}:");
        var i = 0;
        foreach (var h in results.Hits)
        {
            o.WriteLine();
            o.WriteLine($"{++i,3}. {h.Published,-10}  {h.Title}");
            o.WriteLine($"     {h.Source} · {h.Id}{(search.Text is null ? "" : $" · score {h.Score:0.00}")}");
            o.WriteLine($"     {h.Snippet.ReplaceLineEndings(" ")}");
        }
        if (results.Total == 0) return;
        o.WriteLine();
        o.WriteLine("Per month: " + string.Join("  ", results.Months.Select(m => $"{m.Key} {m.Count}")));
        o.WriteLine("Per tag:   " + (results.Tags.Count == 0 ? "(no tagged articles)" : string.Join("  ", results.Tags.Select(t => $"{t.Key} {t.Count}"))));
    }

    private static string Quote(string text) => text.Contains('"', StringComparison.Ordinal) ? $"'{text}'" : $"\"{text}\"";

    private static string Window(SearchFilters f) => (f.From, f.To) switch
    {
        ({ } a, { } b) when a == b => $" in {a}",
        ({ } a, { } b) => $" from {a} to {b}",
        ({ } a, null) => $" from {a}",
        (null, { } b) => $" up to {b}",
        _ => "",
    };

    private static void WriteJson(CliContext context, string text, SearchQuery search, SearchResults results) =>
        JsonOutput.Write(context.Out, Json(text, search, results));

    /// <summary>The JSON shape of search results (README.md), shared by <c>search --json</c> and the web API.</summary>
    internal static object Json(string text, SearchQuery search, SearchResults results) =>
        new
        {
            query = text,
            filters = new
            {
                from = search.Filters.From?.ToString(),
                to = search.Filters.To?.ToString(),
                tags = search.Filters.Tags.Select(t => t.Name),
                sources = search.Filters.Sources,
                linked = search.Filters.Linked.Select(m => m.ToString()),
            },
            total = results.Total,
            hits = results.Hits.Select(h => new
            {
                id = h.Id.Value,
                h.Title,
                h.Source,
                published = h.Published.ToString(),
                month = h.Month.ToString(),
                score = Math.Round(h.Score, 4),
                h.Snippet,
            }),
            facets = new
            {
                months = results.Months.Select(m => new { month = m.Key, count = m.Count }),
                tags = results.Tags.Select(t => new { tag = t.Key, count = t.Count }),
            },
        };
}
