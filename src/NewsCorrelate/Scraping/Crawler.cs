using System.Diagnostics;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Scraping;

/// <summary>The collector: takes start URLs (pages, feeds, sitemaps, saved files), fetches politely through
/// <see cref="PoliteFetcher"/>, follows links within scope, extracts articles and files them through
/// <see cref="ArticleIntake"/>, remembering every visit in the <see cref="ICrawlLedger"/> so a re-run sends
/// conditional requests. One bad page never stops a crawl: every failure is counted with its reason.
/// One instance runs one crawl at a time.</summary>
public sealed class Crawler
{
    private static readonly ArticleExtractor Extractor = new();

    private readonly PoliteFetcher _fetcher;
    private readonly ArticleIntake _intake;
    private readonly ICrawlLedger _ledger;
    private readonly TimeProvider _time;

    public Crawler(PoliteFetcher fetcher, ArticleStore store, ICrawlLedger? ledger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(store);
        _fetcher = fetcher;
        _intake = new ArticleIntake(store);
        _ledger = ledger ?? store;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Crawls from <paramref name="seeds"/> (normalised http(s) or file URLs) until the frontier is empty or
    /// the page budget is spent. Cancellation stops early and still returns the summary so far.</summary>
    public async Task<CrawlSummary> RunAsync(IReadOnlyList<Uri> seeds, CrawlOptions options, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        var clock = Stopwatch.StartNew();
        var scope = options.Scope ?? CrawlScope.FromSeeds(seeds);
        var run = new CrawlRun(new Frontier(scope, options.MaxDepth, options.MaxPages, _time.GetUtcNow().Year), options, progress,
            _fetcher.HostHasFreeSlot, VisitSafelyAsync);
        foreach (var seed in seeds)
            run.Offer(new FrontierItem(seed, 0, null, IsSeed: true));
        var cancelled = false;
        try
        {
            await run.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        return run.Tally.Summarise(clock.Elapsed, cancelled);
    }

    private async Task VisitSafelyAsync(FrontierItem item, CrawlRun run, CancellationToken cancellationToken)
    {
        try
        {
            await VisitAsync(item, run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The skip-and-count boundary: whatever one page does, the crawl goes on.
            Fail(item.Url, run, 0, $"internal error: {e.GetType().Name}: {e.Message}", null);
        }
    }

    private async Task VisitAsync(FrontierItem item, CrawlRun run, CancellationToken cancellationToken)
    {
        var url = item.Url;
        if (item.IsSeed && !url.IsFile && run.Options.RobotsSitemaps)
            foreach (var sitemap in (await _fetcher.RobotsAsync(url, cancellationToken).ConfigureAwait(false)).Sitemaps)
                if (Uri.TryCreate(sitemap, UriKind.Absolute, out var declared) && UrlNormalizer.Normalize(declared) is { } normal && !normal.IsFile)
                    run.Offer(new FrontierItem(normal, item.Depth, null, Listed: true));
        var previous = item.IsSeed || url.IsFile ? null : _ledger.Find(url.AbsoluteUri);
        var conditional = previous is not null && WasArticle(previous.Outcome);
        var result = await _fetcher.FetchAsync(
            new FetchRequest(url, conditional ? previous!.ETag : null, conditional ? previous!.LastModified : null,
                item.IsSeed || item.Listed ? null : (target, _) => ValueTask.FromResult(run.Scope.Allows(target) ? null : "redirected outside the allowed domains")),
            cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case FetchStatus.Blocked:
                run.Tally.Count(url, CrawlCount.Blocked);
                return;
            case FetchStatus.Failed:
                Fail(url, run, result.StatusCode, result.Reason ?? "failed", previous);
                return;
            case FetchStatus.Skipped:
                run.Tally.Count(url, CrawlCount.Skipped);
                Record(url, result, null, null, "skipped: " + result.Reason);
                return;
            case FetchStatus.NotModified:
                run.Tally.Count(url, CrawlCount.Fetched);
                run.Tally.Count(url, CrawlCount.Unchanged);
                Record(url, result, previous?.ContentHash, previous?.ArticleId, previous?.Outcome ?? "unchanged");
                return;
        }
        run.Tally.Count(url, CrawlCount.Fetched);
        var final = result.FinalUrl;
        if (final != url)
        {
            run.MarkSeen(final);
            // A start page that moved (example.com -> www.example.org) takes the default scope along.
            if (item.IsSeed && !final.IsFile) run.WidenDefaultScope(final);
        }
        var text = result.Text!;
        if (FeedParser.LooksLikeListing(text))
        {
            var listing = FeedParser.Parse(text, final);
            if (listing.Error is not null)
            {
                Fail(url, run, result.StatusCode, listing.Error, previous);
                return;
            }
            run.Tally.Count(url, CrawlCount.Listing);
            var listed = item.IsSeed || item.Listed;
            foreach (var sitemap in listing.Sitemaps)
                run.Offer(new FrontierItem(sitemap, item.Depth, null, Listed: listed));
            foreach (var page in listing.Pages)
                run.Offer(new FrontierItem(page.Url, item.Depth, page.Published, Listed: listed));
            Record(url, result, null, null, $"listing: {listing.Kind}, {listing.Pages.Count + listing.Sitemaps.Count} links");
            return;
        }
        if (!result.IsHtml && !(url.IsFile && result.MediaType == "text/html"))
        {
            run.Tally.Count(url, CrawlCount.Skipped);
            Record(url, result, null, null, $"skipped: not HTML ({result.MediaType})");
            return;
        }
        var outcome = VisitPage(item, final, text, run, out var hash, out var articleId);
        Record(url, result, hash, articleId, outcome);
    }

    private string VisitPage(FrontierItem item, Uri pageUrl, string html, CrawlRun run, out string? contentHash, out ArticleId? articleId)
    {
        contentHash = null;
        articleId = null;
        var document = ArticleExtractor.Parse(html);
        var robots = (document.QuerySelector("meta[name='robots' i]")?.GetAttribute("content") ?? "").ToLowerInvariant();
        if (!pageUrl.IsFile && item.Depth < run.MaxDepth && !robots.Contains("nofollow", StringComparison.Ordinal))
            foreach (var link in PageLinks.Find(document, pageUrl))
                if (UrlNormalizer.Normalize(link) is { } next)
                    run.Offer(new FrontierItem(next, item.Depth + 1));
        var url = item.Url;
        if (robots.Contains("noindex", StringComparison.Ordinal))
        {
            run.Tally.Count(url, CrawlCount.NotArticle);
            return "not-article: the page asks not to be indexed (meta robots noindex)";
        }
        var extraction = Extractor.Extract(document, pageUrl.IsFile ? null : pageUrl);
        if (extraction.Page is not { } page)
        {
            run.Tally.Count(url, CrawlCount.NotArticle);
            return "not-article: " + extraction.Reason;
        }
        contentHash = Article.ComputeContentHash(page.Title, page.Text);
        if (run.Options.Topic is { } topic && !topic.Matches(page.Title + "\n" + page.Text))
        {
            run.Tally.Count(url, CrawlCount.OffTopic);
            return "off-topic";
        }
        var intake = _intake.Add(page, pageUrl, item.PublishedHint, out articleId);
        var (count, word) = intake switch
        {
            IntakeOutcome.New => (CrawlCount.New, "article"),
            IntakeOutcome.Updated => (CrawlCount.Updated, "updated"),
            IntakeOutcome.Unchanged => (CrawlCount.Unchanged, "unchanged"),
            IntakeOutcome.Duplicate => (CrawlCount.Duplicate, "duplicate"),
            IntakeOutcome.Replaced => (CrawlCount.Duplicate, "original"),
            _ => (CrawlCount.Undated, "undated"),
        };
        run.Tally.Count(url, count);
        return word;
    }

    private void Fail(Uri url, CrawlRun run, int statusCode, string reason, CrawlVisit? previous)
    {
        run.Tally.Count(url, CrawlCount.Failed, reason);
        if (url.IsFile) return;
        // Keep the last good validators and article link, so the next run can still ask "changed since?".
        _ledger.Record(new CrawlVisit(url.AbsoluteUri, statusCode, previous?.ETag, previous?.LastModified, previous?.ContentHash,
            _time.GetUtcNow(), previous?.ArticleId, "failed: " + reason));
    }

    private void Record(Uri url, FetchResult result, string? contentHash, ArticleId? articleId, string outcome)
    {
        if (url.IsFile) return;
        _ledger.Record(new CrawlVisit(url.AbsoluteUri, result.StatusCode, result.ETag, result.LastModified, contentHash,
            _time.GetUtcNow(), articleId, outcome));
    }

    private static bool WasArticle(string outcome) => outcome is "article" or "updated" or "unchanged" or "duplicate" or "original" or "off-topic" or "undated";
}
