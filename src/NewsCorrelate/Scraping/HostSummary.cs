namespace NewsCorrelate.Scraping;

/// <summary>What a crawl did on one host (or, for the total row, on all of them).</summary>
/// <param name="Host">Host and port, "local files", or "total".</param>
/// <param name="Fetched">Responses used (200 with a readable body, or 304).</param>
/// <param name="NewArticles">Articles stored for the first time.</param>
/// <param name="Updated">Known articles whose text changed.</param>
/// <param name="Unchanged">Known articles seen again unchanged (including 304 Not Modified).</param>
/// <param name="Duplicates">Copies of a stored story (naming its page as canonical or original, same content or
/// near-duplicate text), kept as extra sources; also originals that took the place of their stored copy, so each copy of
/// a story counts once whichever came first.</param>
/// <param name="NotArticles">Pages the extractor did not read as articles (listings, section pages...).</param>
/// <param name="OffTopic">Articles left out by <c>--topic</c>.</param>
/// <param name="Undated">Articles without any publication date, not stored.</param>
/// <param name="Listings">Feeds and sitemaps read.</param>
/// <param name="Skipped">Responses not read: non-HTML content types.</param>
/// <param name="BlockedByRobots">URLs robots.txt forbade.</param>
/// <param name="Traps">Links cut off by the trap rules (URL length, query explosion, calendars...).</param>
/// <param name="OverBudget">Distinct URLs found but not fetched because the page budget (<c>--max-pages</c>) was spent.</param>
/// <param name="Failed">URLs that failed (HTTP errors, timeouts, limits, network).</param>
/// <param name="Failures">Failure reasons, most frequent first.</param>
public sealed record HostSummary(
    string Host,
    int Fetched,
    int NewArticles,
    int Updated,
    int Unchanged,
    int Duplicates,
    int NotArticles,
    int OffTopic,
    int Undated,
    int Listings,
    int Skipped,
    int BlockedByRobots,
    int Traps,
    int OverBudget,
    int Failed,
    IReadOnlyList<FailureCount> Failures);
