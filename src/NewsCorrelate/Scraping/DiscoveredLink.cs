using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>A page URL listed by a feed or sitemap, with the publication date the listing gives (if any), which
/// stands in when the page itself carries no date.</summary>
public sealed record DiscoveredLink(Uri Url, PublishedDate? Published);
