using System.CommandLine;
using NewsCorrelate.Cli;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

public class EveryVerbHelpTests
{
    private static IEnumerable<Command> AllCommands(Command c) => c.Subcommands.SelectMany(s => AllCommands(s).Prepend(s));

    [Fact]
    public void Every_verb_explains_itself_with_examples_in_its_help()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = NewsCorrelate.Cli.Cli.BuildRoot(CliContext.ForWriters(output, error));

        var commands = AllCommands(root).ToList();

        Assert.True(commands.Count >= 20, $"only {commands.Count} verbs found");
        var missing = commands.Where(c => c.Description is null || !c.Description.Contains("Examples:", StringComparison.Ordinal)).Select(c => c.Name).ToList();
        Assert.True(missing.Count == 0, "no examples in --help of: " + string.Join(", ", missing));
    }

    [Fact]
    public void An_unknown_verb_or_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("stats", "--no-such-option").ExitCode);
        Assert.Equal(0, CliRun.Of("ask", "--help").ExitCode);
    }
}
