namespace NewsCorrelate.Scraping;

/// <summary>The end-of-crawl report: one row per host and a total row.</summary>
/// <param name="Hosts">Per host, in the order first met.</param>
/// <param name="Total">Sums over all hosts (Host = "total").</param>
/// <param name="Elapsed">Wall time of the crawl.</param>
/// <param name="Cancelled">True when the crawl was stopped before its frontier was empty.</param>
public sealed record CrawlSummary(IReadOnlyList<HostSummary> Hosts, HostSummary Total, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>Fetched responses per second of wall time.</summary>
    public double PagesPerSecond => Elapsed > TimeSpan.Zero ? Total.Fetched / Elapsed.TotalSeconds : 0;
}
