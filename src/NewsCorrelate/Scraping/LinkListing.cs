namespace NewsCorrelate.Scraping;

/// <summary>What a feed or sitemap lists: article pages and, for sitemap indexes, further sitemaps.
/// A document that could not be read is a listing with an <see cref="Error"/> and nothing in it.</summary>
/// <param name="Kind">"rss", "atom", "rdf", "urlset" or "sitemapindex"; "unknown" when unreadable.</param>
/// <param name="Pages">Page URLs (normalised, http(s) only), in document order, without repeats.</param>
/// <param name="Sitemaps">Child sitemap URLs of a sitemap index.</param>
/// <param name="Error">Why the document could not be read; null when it was.</param>
public sealed record LinkListing(string Kind, IReadOnlyList<DiscoveredLink> Pages, IReadOnlyList<Uri> Sitemaps, string? Error)
{
    public static LinkListing Failed(string error) => new("unknown", [], [], error);
}
