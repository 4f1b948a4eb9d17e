namespace NewsCorrelate.Scraping.Extraction;

/// <summary>URL normalisation for canonical URLs and discovered links: the crawler's <see cref="UrlNormalizer"/>, so
/// an extracted canonical URL and a crawled one are spelled the same way.</summary>
public static class Urls
{
    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and normalises it (see
    /// <see cref="UrlNormalizer"/>). Without <paramref name="href"/>, normalises <paramref name="baseUrl"/>. Null when
    /// nothing usable (not http(s), malformed).</summary>
    public static string? Normalise(string? href, Uri? baseUrl) =>
        string.IsNullOrWhiteSpace(href)
            ? baseUrl is null ? null : UrlNormalizer.Normalize(baseUrl)?.AbsoluteUri
            : UrlNormalizer.NormalizeToString(href, baseUrl);
}
