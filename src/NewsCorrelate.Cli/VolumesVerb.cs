using System.CommandLine;
using System.Globalization;
using NewsCorrelate.Domain;
using NewsCorrelate.Volumes;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate volumes import|show|figures</c>: the monthly trade series.</summary>
internal sealed class VolumesVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var command = new Command("volumes",
            "Monthly volume series (tonnes): import them from CSV, show them with their changes, and list the figures that articles report.\n\n" +
            "Examples:\n" +
            "  newscorrelate volumes import ../shared/domain/volumes-reported.csv\n" +
            "  newscorrelate volumes show CN-magnets-US\n" +
            "  newscorrelate volumes figures --series US");
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Figures(context));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "CSV file: month,series,tonnes,yoy_pct,mom_pct,source_url or month,series,value[,unit][,source]." };
        var json = CommonOptions.Json();
        var command = new Command("import",
            "Import a volume CSV. Every row is validated (month YYYY-MM, non-negative numeric value, percentages, a month repeated with a " +
            "different value); bad rows are listed as file:line: reason and nothing is written. Rows giving only a percentage or a " +
            "year-to-date (-YTD) figure are kept as what they are. A month already stored with other figures is updated (a revision).\n\n" +
            "Examples:\n" +
            "  newscorrelate volumes import ../shared/domain/volumes-reported.csv\n" +
            "  newscorrelate volumes import my-series.csv --json")
        {
            file, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such file");
            VolumeCsvResult read;
            try { read = VolumeCsvReader.ReadFile(path); }
            catch (IOException e) { throw new CliException($"{path}: {e.Message}"); }
            if (read.Errors.Count > 0)
            {
                foreach (var error in read.Errors) context.Error.WriteLine(error);
                throw new CliException($"{path}: {read.Errors.Count} bad row(s); nothing imported.");
            }
            using var store = StoreOpener.Open(parse, context);
            var result = store.ImportVolumes(read.Points);
            if (parse.GetValue(json))
                JsonOutput.Write(context.Out, new { file = path, added = result.Added, updated = result.Updated, unchanged = result.Unchanged, series = read.Points.Select(p => p.Series).Distinct().Order(StringComparer.Ordinal) });
            else
                context.Out.WriteLine($"{path}: {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged ({read.Points.Select(p => p.Series).Distinct().Count()} series).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var series = new Argument<string?>("series") { Description = "Series name or alias; all series when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var json = CommonOptions.Json();
        var command = new Command("show",
            "Show a series month by month: value, month-on-month and year-on-year change, how unusual the move is (robust z against " +
            "the series' own history), notable moves marked with *, and a bar chart. Without a series, lists the series and their latest month.\n\n" +
            "Examples:\n" +
            "  newscorrelate volumes show\n" +
            "  newscorrelate volumes show US\n" +
            "  newscorrelate volumes show CN-magnets-total --json")
        {
            series, json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse, context);
            var engine = new Engine(store);
            var name = parse.GetValue(series) is { Length: > 0 } s ? AskVerb.SeriesName(engine, s) : null;
            var points = store.VolumePoints(name);
            var changes = ChangeDetector.Detect(points);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, points.GroupBy(p => p.Series).Select(g => new
                {
                    series = g.Key,
                    unit = g.First().Unit,
                    months = g.Select(p => (Point: p, Change: changes.FirstOrDefault(c => c.Series == p.Series && c.Month == p.Month))).Select(x => new
                    {
                        month = x.Point.Month.ToString(),
                        value = x.Point.Value,
                        momPct = x.Change?.MomPct is { } m ? Math.Round(m, 2) : x.Point.MomPct,
                        yoyPct = x.Change?.YoyPct is { } y ? Math.Round(y, 2) : x.Point.YoyPct,
                        unusualness = x.Change?.Unusualness is { } z ? Math.Round(z, 2) : (double?)null,
                        notable = x.Change?.Notable ?? false,
                        source = x.Point.Source,
                    }),
                }));
                return ExitCodes.Ok;
            }
            if (points.Count == 0)
            {
                context.Out.WriteLine(name is null ? "No volume series in the store. Import one with 'newscorrelate volumes import FILE.csv'." : $"{name} has no data.");
                return ExitCodes.Ok;
            }
            if (name is null)
            {
                var table = new Table().AddColumns("series", "months", "first", "latest", "latest value");
                foreach (var g in points.GroupBy(p => p.Series))
                {
                    var last = g.Last();
                    table.AddRow(Markup.Escape(g.Key), g.Count().ToString(CultureInfo.InvariantCulture), g.First().Month.ToString(), last.Month.ToString(), Value(last.Value, last.Unit));
                }
                context.Console.Write(table);
                return ExitCodes.Ok;
            }
            WriteSeries(context, name, points, changes);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteSeries(CliContext context, string name, IReadOnlyList<Domain.VolumePoint> points, IReadOnlyList<MonthlyChange> changes)
    {
        var table = new Table().Title(Markup.Escape(name)).AddColumns("month", "value", "m/m", "y/y", "z", "", "chart");
        var max = points.Max(p => p.Value ?? 0);
        foreach (var p in points)
        {
            var c = changes.FirstOrDefault(x => x.Month == p.Month);
            var bar = p.Value is { } v && max > 0 ? new string('█', (int)Math.Round(v / max * 24)) : "";
            table.AddRow(
                p.Month.ToString(),
                Value(p.Value, p.Unit),
                Pct(c?.MomPct ?? p.MomPct),
                Pct(c?.YoyPct ?? p.YoyPct),
                c?.Unusualness is { } z ? NumberText.Signed(z) : "",
                c?.Notable == true ? "*" : "",
                bar);
        }
        context.Console.Write(table);
        context.Out.WriteLine($"* notable: |robust z| >= {ChangeDetector.NotableZ.ToString(CultureInfo.InvariantCulture)} against the series' own month-on-month history (y/y when m/m is unknown).");
    }

    private static Command Figures(CliContext context)
    {
        var series = new Option<string?>("--series") { Description = "Only figures of this series (name or alias).", HelpName = "S" };
        var json = CommonOptions.Json();
        var command = new Command("figures",
            "List the volume figures stated in stored articles (\"exported 656 tons ... to the US in October, up 4.5% year on year\"), " +
            "with the implied previous values, and how each compares with the imported series: corroborated, conflicting (both " +
            "sources shown) or unverified (no imported figure to compare).\n\n" +
            "Examples:\n" +
            "  newscorrelate volumes figures\n" +
            "  newscorrelate volumes figures --series US --json")
        {
            series, json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse, context);
            var engine = new Engine(store);
            var name = parse.GetValue(series) is { Length: > 0 } s ? AskVerb.SeriesName(engine, s) : null;
            var checks = engine.Figures(name).OrderBy(c => c.Figure.Series, StringComparer.Ordinal).ThenBy(c => c.Figure.Month).ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, checks.Select(c => new
                {
                    series = c.Figure.Series,
                    period = c.Figure.Period,
                    value = c.Figure.Value,
                    yoyPct = c.Figure.YoyPct,
                    momPct = c.Figure.MomPct,
                    impliedPrevious = c.Figure.ImpliedPrevious is { } p ? Math.Round(p, 1) : (double?)null,
                    impliedYearAgo = c.Figure.ImpliedYearAgo is { } y ? Math.Round(y, 1) : (double?)null,
                    articleId = c.Figure.ArticleId.Value,
                    sentence = c.Figure.Sentence,
                    verdict = c.Verdict.ToString().ToLowerInvariant(),
                    details = c.Details,
                    seriesSources = c.SeriesSources,
                }));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("series", "period", "value", "y/y", "m/m", "verdict", "article", "details");
            foreach (var c in checks)
                table.AddRow(Markup.Escape(c.Figure.Series), c.Figure.Period, Value(c.Figure.Value, "t"), Pct(c.Figure.YoyPct), Pct(c.Figure.MomPct),
                    c.Verdict switch { FigureVerdict.Conflicting => "[red]conflicting[/]", FigureVerdict.Corroborated => "corroborated", _ => "unverified" },
                    Markup.Escape(c.Figure.ArticleId.Value), Markup.Escape(string.Join("; ", c.Details)));
            context.Console.Write(table);
            context.Out.WriteLine($"{checks.Count} figures: {checks.Count(c => c.Verdict == FigureVerdict.Corroborated)} corroborated, {checks.Count(c => c.Verdict == FigureVerdict.Conflicting)} conflicting, {checks.Count(c => c.Verdict == FigureVerdict.Unverified)} unverified.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Value(double? v, string unit) => v is null ? "" : NumberText.Tonnes(v, unit);

    private static string Pct(double? p) => p is null ? "" : NumberText.Percent(p);
}
