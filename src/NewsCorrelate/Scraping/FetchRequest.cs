namespace NewsCorrelate.Scraping;

/// <summary>One URL to fetch, with the validators of the last visit for a conditional request.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
