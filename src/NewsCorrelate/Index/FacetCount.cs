namespace NewsCorrelate.Index;

/// <summary>One bucket of a facet or statistic: a month (<c>YYYY-MM</c>), tag name or source, and how many
/// articles fall in it.</summary>
public sealed record FacetCount(string Key, int Count);
