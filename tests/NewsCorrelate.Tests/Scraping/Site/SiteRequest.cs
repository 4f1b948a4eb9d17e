namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>One request the test site served.</summary>
public sealed record SiteRequest(string PathAndQuery, string UserAgent, string? IfNoneMatch);
