using System.CommandLine;
using NewsCorrelate.Correlation;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate correlate</c>: links every notable move to its articles and stores the links.</summary>
internal sealed class CorrelateVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var before = new Option<int>("--months-before") { Description = "News window start, in months before the move (default 2).", DefaultValueFactory = _ => 2 };
        var after = new Option<int>("--months-after") { Description = "News window end, in months after the move (default 1).", DefaultValueFactory = _ => 1 };
        var json = CommonOptions.Json();
        var command = new Command("correlate",
            "Link the articles around every notable move of every series (drivers, counter-evidence, data reports) and store the links, " +
            "so 'search linked:2025-11' lists them. 'ask' and 'explain' store the links of the move they answer as well.\n\n" +
            "Examples:\n" +
            "  newscorrelate correlate\n" +
            "  newscorrelate correlate --months-before 3 --json")
        {
            before, after, json,
        };
        command.SetAction(parse =>
        {
            var b = parse.GetValue(before);
            var a = parse.GetValue(after);
            if (b is < 0 or > 24 || a is < 0 or > 24) throw new CliException("--months-before and --months-after take 0 to 24.");
            using var store = StoreOpener.Open(parse, context);
            var run = new Engine(store).CorrelateNotableMoves(new CorrelationOptions { MonthsBefore = b, MonthsAfter = a });
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, new { moves = run.Moves, links = run.Links });
            else context.Out.WriteLine($"Linked {run.Moves} notable moves to {run.Links} articles.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
