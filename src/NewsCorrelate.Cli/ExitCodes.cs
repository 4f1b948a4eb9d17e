namespace NewsCorrelate.Cli;

/// <summary>Process exit codes, the same for every verb.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input: a file, line, URL, query or value that could not be used.</summary>
    public const int BadInput = 1;

    /// <summary>Usage error: unknown verb or option, missing argument.</summary>
    public const int Usage = 2;
}
