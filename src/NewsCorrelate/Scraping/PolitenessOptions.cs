namespace NewsCorrelate.Scraping;

/// <summary>How gently the crawler treats each host.</summary>
/// <param name="Delay">Least time between the starts of two requests to one host; robots.txt Crawl-delay raises it.</param>
/// <param name="ConcurrencyPerHost">Most requests in flight to one host.</param>
/// <param name="MaxRetries">Retries after 429/502/503/504 (so at most MaxRetries + 1 requests for one URL).</param>
/// <param name="BackoffBase">First retry wait; doubles per retry, plus up to half again of random jitter. A
/// Retry-After header longer than the computed wait wins.</param>
/// <param name="MaxBackoff">Longest wait before a retry; a Retry-After beyond it gives up on the URL.</param>
/// <param name="Seed">Seed of the jitter, so runs are reproducible.</param>
public sealed record PolitenessOptions(
    TimeSpan Delay,
    int ConcurrencyPerHost = 1,
    int MaxRetries = 3,
    TimeSpan? BackoffBase = null,
    TimeSpan? MaxBackoff = null,
    int Seed = 17)
{
    public TimeSpan Backoff => BackoffBase ?? TimeSpan.FromSeconds(1);

    public TimeSpan BackoffCap => MaxBackoff ?? TimeSpan.FromSeconds(120);

    public static PolitenessOptions Default { get; } = new(TimeSpan.FromSeconds(1));
}
