using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>One visit of a URL by the crawler.</summary>
/// <param name="Url">The URL requested (after normalisation).</param>
/// <param name="StatusCode">HTTP status of the final response (0 when no response: timeout, DNS, refused).</param>
/// <param name="ETag">The response's ETag, for If-None-Match next time.</param>
/// <param name="LastModified">The response's Last-Modified header value, for If-Modified-Since next time.</param>
/// <param name="ContentHash">Hash of the body, to tell "changed" from "same" when the server ignores conditionals.</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="ArticleId">The article it produced or matched, if any.</param>
/// <param name="Outcome">Short outcome word: "article", "duplicate", "not-article", "failed: reason", ...</param>
public sealed record CrawlVisit(
    string Url,
    int StatusCode,
    string? ETag,
    string? LastModified,
    string? ContentHash,
    DateTimeOffset FetchedAt,
    ArticleId? ArticleId,
    string Outcome);
