namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>One request the test site served.</summary>
/// <param name="InFlight">Requests being served when this one arrived, itself included.</param>
public sealed record SiteRequest(string PathAndQuery, string UserAgent, string? IfNoneMatch, int InFlight);
