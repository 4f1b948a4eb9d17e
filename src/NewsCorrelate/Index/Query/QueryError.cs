namespace NewsCorrelate.Index.Query;

/// <summary>Why a query could not be understood, and where (1-based column in the query text).</summary>
public sealed record QueryError(string Message, int Column)
{
    public override string ToString() => $"{Message} at column {Column}";
}
