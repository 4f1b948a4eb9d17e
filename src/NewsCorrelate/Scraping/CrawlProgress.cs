namespace NewsCorrelate.Scraping;

/// <summary>A snapshot of a running crawl, reported after every URL.</summary>
/// <param name="Done">URLs finished (any outcome).</param>
/// <param name="Pending">URLs waiting in the frontier.</param>
/// <param name="NewArticles">Articles stored so far.</param>
/// <param name="Duplicates">Duplicates found so far.</param>
/// <param name="Failed">Failures so far.</param>
/// <param name="LastUrl">The URL just finished.</param>
public sealed record CrawlProgress(int Done, int Pending, int NewArticles, int Duplicates, int Failed, string LastUrl);
