namespace NewsCorrelate.Domain;

/// <summary>Why one line of an input file was rejected. Printed as <c>file:line: reason</c>.</summary>
public sealed record LineError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
