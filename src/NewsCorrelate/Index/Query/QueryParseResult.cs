namespace NewsCorrelate.Index.Query;

/// <summary>Either a <see cref="SearchQuery"/> or a <see cref="QueryError"/> (bad query text is a value, not an exception).</summary>
public sealed record QueryParseResult
{
    private QueryParseResult(SearchQuery? value, QueryError? error)
    {
        Value = value;
        Error = error;
    }

    public SearchQuery? Value { get; }
    public QueryError? Error { get; }
    public bool Success => Value is not null;

    public static QueryParseResult Ok(SearchQuery value) => new(value, null);
    public static QueryParseResult Fail(string message, int column) => new(null, new QueryError(message, column));

    /// <summary>The query, or <see cref="FormatException"/> with the error message.</summary>
    public SearchQuery GetValueOrThrow() => Value ?? throw new FormatException(Error!.ToString());
}
