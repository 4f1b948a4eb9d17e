using NewsCorrelate.Index;
using NewsCorrelate.Scraping;

namespace NewsCorrelate.Tests.Scraping;

/// <summary>A crawler wired for tests: no politeness delay, 10 s timeout, 1 MB body limit, an in-memory store
/// (also the ledger) that outlives single crawls so re-runs can be tested.</summary>
internal sealed class CrawlHarness : IDisposable
{
    public CrawlHarness(TimeProvider? time = null, PolitenessOptions? politeness = null, FetchOptions? fetch = null)
    {
        Time = time ?? TimeProvider.System;
        Store = ArticleStore.OpenInMemory(Time);
        Fetcher = new HttpFetcher(fetch ?? new FetchOptions("NewsCorrelate/1.0 (+mailto:tests@example.invalid)", TimeSpan.FromSeconds(10), 1024 * 1024, 5), Time);
        Polite = new PoliteFetcher(Fetcher, politeness ?? new PolitenessOptions(TimeSpan.Zero, ConcurrencyPerHost: 4, BackoffBase: TimeSpan.FromMilliseconds(10)), Time);
        Crawler = new Crawler(Polite, Store, Store, Time);
    }

    public TimeProvider Time { get; }
    public ArticleStore Store { get; }
    public HttpFetcher Fetcher { get; }
    public PoliteFetcher Polite { get; }
    public Crawler Crawler { get; }

    public Task<CrawlSummary> CrawlAsync(CrawlOptions options, params Uri[] seeds) =>
        Crawler.RunAsync(seeds, options, null, CancellationToken.None);

    public Task<CrawlSummary> CrawlAsync(params Uri[] seeds) => CrawlAsync(new CrawlOptions(Concurrency: 4), seeds);

    public void Dispose()
    {
        Fetcher.Dispose();
        Store.Dispose();
    }
}
