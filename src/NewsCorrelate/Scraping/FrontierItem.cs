using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>A URL waiting to be fetched.</summary>
/// <param name="Url">Normalised URL.</param>
/// <param name="Depth">Links followed from a start URL (start URLs and the pages a feed or sitemap lists keep the
/// depth of that listing).</param>
/// <param name="PublishedHint">The date a feed or sitemap gave, used when the page has none.</param>
/// <param name="IsSeed">A start URL: always fetched afresh (no conditional request) so new links are found.</param>
public sealed record FrontierItem(Uri Url, int Depth, PublishedDate? PublishedHint = null, bool IsSeed = false);
