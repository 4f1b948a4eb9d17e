namespace NewsCorrelate.Bench;

/// <summary>One benchmark, run as <c>dotnet run -c Release --project tests/NewsCorrelate.Bench -- NAME [options]</c>.
/// Every class implementing this is discovered, so adding a benchmark is adding one file.</summary>
internal interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. "store".</summary>
    string Name { get; }

    /// <summary>One line for the list printed by <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Runs and prints a figure table to stdout. Returns the process exit code.</summary>
    int Run(string[] args);
}
