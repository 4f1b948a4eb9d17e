using System.CommandLine;

namespace NewsCorrelate.Cli;

/// <summary>Options shared by every verb.</summary>
internal static class CommonOptions
{
    /// <summary><c>--db PATH</c>: the store file. Recursive, so it works before or after the verb.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Path of the store (SQLite file). Default: $NEWSCORRELATE_DB, else the per-user store, which is filled with the shipped corpus on first use.",
        Recursive = true,
        HelpName = "PATH",
    };

    /// <summary><c>--json</c>: machine-readable output on stdout (shapes documented in README.md).</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout instead of text (shapes are in README.md)." };
}
