using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>A URL waiting to be fetched.</summary>
/// <param name="Url">Normalised URL.</param>
/// <param name="Depth">Links followed from a start URL (the pages a feed or sitemap lists keep the listing's depth).</param>
/// <param name="PublishedHint">The date a feed or sitemap gave, used when the page has none.</param>
/// <param name="IsSeed">A start URL: in scope whatever its host, and fetched afresh (no conditional request).</param>
/// <param name="Listed">Listed by a start feed or sitemap (directly or through a sitemap index): in scope whatever its host.</param>
public sealed record FrontierItem(Uri Url, int Depth, PublishedDate? PublishedHint = null, bool IsSeed = false, bool Listed = false);
