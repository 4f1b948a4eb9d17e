using NewsCorrelate.Index;

namespace NewsCorrelate.Scraping;

/// <summary>The composition root of scraping: wires <see cref="HttpFetcher"/>, <see cref="PoliteFetcher"/> and
/// <see cref="Crawler"/> over a store (which is also the crawl ledger). Dispose to release connections.</summary>
public sealed class CrawlSession : IDisposable
{
    private readonly HttpFetcher _fetcher;

    public CrawlSession(ArticleStore store, FetchOptions fetch, PolitenessOptions politeness, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _fetcher = new HttpFetcher(fetch, time);
        Crawler = new Crawler(new PoliteFetcher(_fetcher, politeness, time), store, store, time);
    }

    public Crawler Crawler { get; }

    public Task<CrawlSummary> RunAsync(IReadOnlyList<Uri> seeds, CrawlOptions options, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken) =>
        Crawler.RunAsync(seeds, options, progress, cancellationToken);

    public void Dispose() => _fetcher.Dispose();
}
