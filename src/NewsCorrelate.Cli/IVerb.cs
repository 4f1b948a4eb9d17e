using System.CommandLine;

namespace NewsCorrelate.Cli;

/// <summary>One CLI verb. Every non-abstract class implementing this in the CLI assembly is registered
/// as a sub-command of <c>newscorrelate</c> (see <see cref="Cli"/>), so adding a verb is adding one file.</summary>
internal interface IVerb
{
    /// <summary>Builds the command, with its options, help text (including examples) and action.
    /// The action returns an exit code from <see cref="ExitCodes"/>.</summary>
    Command Build(CliContext context);
}
