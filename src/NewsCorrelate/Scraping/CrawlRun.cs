namespace NewsCorrelate.Scraping;

/// <summary>The state of one crawl: the frontier, the tally, and the workers that take URLs from the frontier until it
/// is empty and nothing is in flight (a visit may add URLs). Thread-safe.</summary>
internal sealed class CrawlRun(
    Frontier frontier,
    CrawlOptions options,
    IProgress<CrawlProgress>? progress,
    Func<Uri, bool> hostReady,
    Func<FrontierItem, CrawlRun, CancellationToken, Task> visit)
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _wake = new(0);
    private int _inFlight;
    private bool _done;

    public CrawlTally Tally { get; } = new();

    public CrawlOptions Options => options;

    public int MaxDepth => options.MaxDepth;

    public CrawlScope Scope => frontier.Scope;

    /// <summary>Offers a URL to the frontier (counting trap cut-offs) and wakes an idle worker when it was added.</summary>
    public void Offer(FrontierItem item)
    {
        var verdict = frontier.Offer(item, out var trap);
        if (verdict == FrontierVerdict.Trap) Tally.Count(item.Url, CrawlCount.Trap, trap);
        else if (verdict == FrontierVerdict.OverBudget) Tally.Count(item.Url, CrawlCount.OverBudget);
        else if (verdict == FrontierVerdict.Added) _wake.Release();
    }

    public void MarkSeen(Uri url) => frontier.MarkSeen(url);

    /// <summary>Adds the host of a start page that redirected elsewhere, unless the user set the domains.</summary>
    public void WidenDefaultScope(Uri url)
    {
        if (options.Scope is null && !frontier.Scope.Allows(url)) frontier.Scope = frontier.Scope.With(url.Host);
    }

    /// <summary>Runs the workers until the crawl is done; throws OperationCanceledException when cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => WorkAsync(cancellationToken)));

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FrontierItem? item;
            lock (_lock)
            {
                if (_done) return;
                if (frontier.TryTake(hostReady, out item)) _inFlight++;
                else if (_inFlight == 0)
                {
                    _done = true;
                    _wake.Release(options.Concurrency);
                    return;
                }
            }
            if (item is null)
            {
                await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            try
            {
                await visit(item, this, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                lock (_lock) _inFlight--;
                Tally.Finished();
                _wake.Release();
                progress?.Report(new CrawlProgress(Tally.Done, frontier.Pending, Tally.NewArticles, Tally.Duplicates, Tally.Failed, item.Url.AbsoluteUri));
            }
        }
    }
}
