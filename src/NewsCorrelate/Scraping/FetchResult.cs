namespace NewsCorrelate.Scraping;

/// <summary>The outcome of fetching one URL. <see cref="Text"/> is set only when <see cref="Status"/> is Ok.</summary>
/// <param name="Url">The URL requested.</param>
/// <param name="FinalUrl">Where redirects ended (equal to <paramref name="Url"/> without redirects).</param>
/// <param name="StatusCode">HTTP status of the final response; 0 when there was none (timeout, refused, robots).</param>
/// <param name="Status">Ok, NotModified, Skipped, Blocked or Failed.</param>
/// <param name="MediaType">Lower-case media type of the response, e.g. "text/html".</param>
/// <param name="Text">The decoded body.</param>
/// <param name="ETag">The response's ETag.</param>
/// <param name="LastModified">The response's Last-Modified value.</param>
/// <param name="RetryAfter">How long the server asked us to wait (429/503 Retry-After), if it said.</param>
/// <param name="Reason">Human-readable reason when not Ok, e.g. "HTTP 404", "body larger than 5242880 bytes".</param>
public sealed record FetchResult(
    Uri Url,
    Uri FinalUrl,
    int StatusCode,
    FetchStatus Status,
    string? MediaType,
    string? Text,
    string? ETag,
    string? LastModified,
    TimeSpan? RetryAfter,
    string? Reason)
{
    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml";

    public static FetchResult Fail(Uri url, string reason, int statusCode = 0, TimeSpan? retryAfter = null) =>
        new(url, url, statusCode, FetchStatus.Failed, null, null, null, null, retryAfter, reason);

    public static FetchResult Blocked(Uri url, string reason) =>
        new(url, url, 0, FetchStatus.Blocked, null, null, null, null, null, reason);
}
