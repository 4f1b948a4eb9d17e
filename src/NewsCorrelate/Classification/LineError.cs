namespace NewsCorrelate.Classification;

/// <summary>A problem with one line of an input file (1-based line numbers).</summary>
public sealed record LineError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
