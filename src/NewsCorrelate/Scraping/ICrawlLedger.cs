namespace NewsCorrelate.Scraping;

/// <summary>What the crawler remembers between runs (incremental crawls, conditional requests).
/// Implemented over the store (Index/); an in-memory one serves tests. Implementations are thread-safe.</summary>
public interface ICrawlLedger
{
    /// <summary>The last visit of this exact URL, or null when never visited.</summary>
    CrawlVisit? Find(string url);

    /// <summary>Records (replaces) the visit of <see cref="CrawlVisit.Url"/>.</summary>
    void Record(CrawlVisit visit);
}
