using System.CommandLine;
using NewsCorrelate.Correlation;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate ask QUESTION</c>: explains a monthly move asked in plain words.</summary>
internal sealed class AskVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"what explained the November drop\"." };
        var series = new Option<string?>("--series") { Description = "The series to explain (name or alias, e.g. CN-magnets-US or US). Default: the series that moved as asked.", HelpName = "S" };
        var json = CommonOptions.Json();
        var command = new Command("ask",
            "Explain a monthly move in a trade series: the change (value, previous, m/m, y/y, how unusual), the news that drove it, " +
            "the news pointing the other way, the data reports, and a summary with citations. Understands month names (\"November\", " +
            "\"Nov 2025\", \"2025-11\", \"last month\"), quarters (\"Q2 2025\"), direction words (drop, fall, plunge, slump; rise, jump, " +
            "surge, rebound) and series hints (US, Germany, Japan, EU, total). With no year, the latest such month with data is used; " +
            "with no series, the series that moved the asked way.\n\n" +
            "Examples:\n" +
            "  newscorrelate ask \"what explained the November drop\"\n" +
            "  newscorrelate ask \"what explained the May 2025 collapse\" --json\n" +
            "  newscorrelate ask \"why did Japan rise in November\"\n" +
            "  newscorrelate ask \"what happened in Q2 2025\" --series CN-magnets-total")
        {
            question, series, json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse, context);
            var engine = new Engine(store);
            var parsed = engine.Questions().Parse(parse.GetValue(question)!, DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime));
            if (!parsed.Success) throw new CliException(parsed.Error!);
            var q = parsed.Value!;
            if (parse.GetValue(series) is { Length: > 0 } s)
                q = q with { Series = SeriesName(engine, s) };
            var answer = engine.Explainer().Ask(q);
            if (!answer.Success) throw new CliException(answer.Error!);
            engine.StoreLinks(answer.Value!);
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, ExplanationOutput.Json(answer.Value!, q.Text));
            else ExplanationOutput.WriteText(context, answer.Value!);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A series given by name or alias; unknown names are bad input naming the known series.</summary>
    internal static string SeriesName(Engine engine, string text)
    {
        var all = engine.Series();
        var match = all.FirstOrDefault(d => d.Name.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(d => !d.IsCumulative && d.Aliases.Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase)));
        return match?.Name ?? throw new CliException($"unknown series '{text}'; known: {string.Join(", ", all.Select(d => d.Name))}");
    }
}
