namespace NewsCorrelate.Scraping;

/// <summary>One URL to fetch, with the validators of the last visit for a conditional request.</summary>
/// <param name="Url">The URL.</param>
/// <param name="ETag">Sent as If-None-Match.</param>
/// <param name="LastModified">Sent as If-Modified-Since.</param>
/// <param name="RedirectCheck">Says why a redirect target may not be followed (e.g. "redirected outside the allowed
/// domains"), or null when it may; the fetch then ends as Failed with that reason. Null follows any redirect. Async,
/// so a check may fetch what it needs (the target host's robots.txt).</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, Func<Uri, CancellationToken, ValueTask<string?>>? RedirectCheck = null);
