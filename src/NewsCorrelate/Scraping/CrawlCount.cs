namespace NewsCorrelate.Scraping;

/// <summary>The counters of <see cref="HostSummary"/>.</summary>
internal enum CrawlCount
{
    Fetched = 0,
    New,
    Updated,
    Unchanged,
    Duplicate,
    NotArticle,
    OffTopic,
    Undated,
    Listing,
    Skipped,
    Blocked,
    Trap,
    OverBudget,
    Failed,
}
