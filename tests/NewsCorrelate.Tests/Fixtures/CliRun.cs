using NewsCorrelate.Cli;

namespace NewsCorrelate.Tests.Fixtures;

/// <summary>Runs the <c>newscorrelate</c> CLI in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(null, args);

    public static CliRun With(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NewsCorrelate.Cli.Cli.Run(args, CliContext.ForWriters(output, error, environment));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
