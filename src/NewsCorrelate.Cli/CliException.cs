namespace NewsCorrelate.Cli;

/// <summary>Thrown by a verb to stop with a message for the user (no stack trace) and an exit code.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(message, ExitCodes.Usage);
}
