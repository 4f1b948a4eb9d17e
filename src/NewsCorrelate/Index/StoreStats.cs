namespace NewsCorrelate.Index;

/// <summary>What the store holds.</summary>
/// <param name="Months">Articles per month, chronological.</param>
/// <param name="Sources">Articles per source, most first.</param>
/// <param name="Tags">Articles per tag (tags the classifier assigned), most first.</param>
/// <param name="Labelled">Articles with analyst labels.</param>
public sealed record StoreStats(int Articles, IReadOnlyList<FacetCount> Months, IReadOnlyList<FacetCount> Sources, IReadOnlyList<FacetCount> Tags, int Tagged, int Labelled);
