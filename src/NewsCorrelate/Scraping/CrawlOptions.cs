namespace NewsCorrelate.Scraping;

/// <summary>The shape of one crawl.</summary>
/// <param name="Scope">Hosts links may lead to; null means the start URLs' hosts.</param>
/// <param name="MaxDepth">Links followed from a start URL (0 = only the start URLs and what their feeds/sitemaps list).</param>
/// <param name="MaxPages">Most URLs fetched in this crawl (robots.txt requests not counted).</param>
/// <param name="Concurrency">Most requests in flight over all hosts.</param>
/// <param name="Topic">When set, only articles matching it are stored.</param>
/// <param name="RobotsSitemaps">Also read the sitemaps a start URL's site lists in its robots.txt (<c>Sitemap:</c>
/// lines); what they list counts as listed by a start sitemap.</param>
public sealed record CrawlOptions(CrawlScope? Scope = null, int MaxDepth = 2, int MaxPages = 500, int Concurrency = 8, TopicFilter? Topic = null, bool RobotsSitemaps = false);
