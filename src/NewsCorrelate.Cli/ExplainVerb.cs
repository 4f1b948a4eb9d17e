using System.CommandLine;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate explain --series S --month YYYY-MM</c>: the structured form of <c>ask</c>.</summary>
internal sealed class ExplainVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var series = new Option<string>("--series") { Description = "Series name or alias (e.g. CN-magnets-US, US).", Required = true, HelpName = "S" };
        var month = new Option<string>("--month") { Description = "The month, YYYY-MM.", Required = true, HelpName = "YYYY-MM" };
        var json = CommonOptions.Json();
        var command = new Command("explain",
            "Explain one month of one series: the same answer as 'ask', without question parsing.\n\n" +
            "Examples:\n" +
            "  newscorrelate explain --series CN-magnets-US --month 2025-11\n" +
            "  newscorrelate explain --series total --month 2025-05 --json")
        {
            series, month, json,
        };
        command.SetAction(parse =>
        {
            if (!Month.TryParse(parse.GetValue(month), out var m))
                throw new CliException($"--month '{parse.GetValue(month)}' is not a month; expected YYYY-MM, e.g. 2025-11");
            using var store = StoreOpener.Open(parse, context);
            var engine = new Engine(store);
            var answer = engine.Explainer().Explain(AskVerb.SeriesName(engine, parse.GetValue(series)!), m);
            if (!answer.Success) throw new CliException(answer.Error!);
            engine.StoreLinks(answer.Value!);
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, ExplanationOutput.Json(answer.Value!, null));
            else ExplanationOutput.WriteText(context, answer.Value!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
