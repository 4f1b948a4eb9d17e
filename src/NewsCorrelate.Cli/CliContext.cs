using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>What a verb may touch of the outside world: output streams, environment and clock.
/// Tests build one over string writers to run verbs in-process.</summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }

    /// <summary>Rich terminal output (tables, progress) bound to <see cref="Out"/>; plain when not a terminal.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Progress and live displays go here (standard error), so they never mix with --json on stdout.</summary>
    public required IAnsiConsole StatusConsole { get; init; }

    public required Func<string, string?> GetEnvironmentVariable { get; init; }
    public required TimeProvider Time { get; init; }

    /// <summary>True when progress displays may animate (a real, interactive terminal).</summary>
    public bool Interactive { get; init; }

    public static CliContext FromConsole()
    {
        var interactive = !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        return new CliContext
        {
            Out = System.Console.Out,
            Error = System.Console.Error,
            Console = AnsiConsole.Console,
            // Plain text when standard error is not a terminal (logs, CI), so no escape codes end up in them.
            StatusConsole = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(System.Console.Error),
                Ansi = System.Console.IsErrorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
                ColorSystem = System.Console.IsErrorRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            }),
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
            Time = TimeProvider.System,
            Interactive = interactive,
        };
    }

    /// <summary>A context over in-memory writers, with no colours or animation (for tests).</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? environment = null, TimeProvider? time = null)
    {
        IAnsiConsole Plain(TextWriter w) => AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(w),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        return new CliContext
        {
            Out = output,
            Error = error,
            Console = Plain(output),
            StatusConsole = Plain(error),
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var v) ? v : null,
            Time = time ?? TimeProvider.System,
            Interactive = false,
        };
    }
}
