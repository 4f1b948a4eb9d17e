namespace NewsCorrelate.Scraping;

/// <summary>One URL to fetch, with the validators of the last visit for a conditional request.</summary>
/// <param name="Url">The URL.</param>
/// <param name="ETag">Sent as If-None-Match.</param>
/// <param name="LastModified">Sent as If-Modified-Since.</param>
/// <param name="MayRedirectTo">Which redirect targets may be followed (e.g. the crawl's scope); null follows any.
/// A redirect elsewhere ends the fetch as Failed, "redirected outside the allowed domains".</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, Func<Uri, bool>? MayRedirectTo = null);
