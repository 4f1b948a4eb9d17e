namespace NewsCorrelate.Index;

/// <summary>The top hits of a search and facets over the whole result set (not just the hits shown).</summary>
/// <param name="Total">How many articles match.</param>
/// <param name="Months">Matches per month, chronological.</param>
/// <param name="Tags">Matches per tag (tags the classifier assigned), most first.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<FacetCount> Months, IReadOnlyList<FacetCount> Tags);
