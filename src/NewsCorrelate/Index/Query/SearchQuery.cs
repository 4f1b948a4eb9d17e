namespace NewsCorrelate.Index.Query;

/// <summary>A parsed search: the words to match (null for a filter-only listing) and the filters.</summary>
public sealed record SearchQuery(QueryNode? Text, SearchFilters Filters)
{
    /// <summary>Everything, newest first.</summary>
    public static SearchQuery All { get; } = new(null, SearchFilters.None);

    /// <summary>The same words with other filters (e.g. command-line options merged in).</summary>
    public SearchQuery WithFilters(Func<SearchFilters, SearchFilters> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this with { Filters = change(Filters) };
    }
}
