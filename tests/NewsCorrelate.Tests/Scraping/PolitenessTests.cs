using NewsCorrelate.Scraping;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class PolitenessTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_the_server_asked_for()
    {
        var clock = new AutoAdvancingClock();
        using var h = new CrawlHarness(clock);
        var url = site.Url("/flaky/" + Guid.NewGuid().ToString("N"));
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), url);

        Assert.Equal(1, summary.Total.NewArticles);
        Assert.Equal(0, summary.Total.Failed);
        Assert.Equal(2, site.Hits(url.AbsolutePath));
        Assert.Contains(clock.Waits, w => w >= TimeSpan.FromSeconds(2) && w < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Robots_crawl_delay_spaces_requests_to_a_host_even_when_configured_faster()
    {
        await using var slowSite = await TestSite.StartAsync("User-agent: *\nCrawl-delay: 3\n");
        var clock = new AutoAdvancingClock();
        using var h = new CrawlHarness(clock, new PolitenessOptions(TimeSpan.FromSeconds(1), ConcurrencyPerHost: 4));
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 1),
            slowSite.Url("/articles/a01"), slowSite.Url("/articles/a02"), slowSite.Url("/articles/a03"), slowSite.Url("/articles/a04"));

        Assert.Equal(4, summary.Total.NewArticles);
        // The first request starts at once; each of the other three waits 3 s (Crawl-delay) after the one before.
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], clock.Waits.Where(w => w > TimeSpan.Zero));
    }

    [Fact]
    public async Task Backoff_doubles_with_jitter_never_below_Retry_After_and_never_above_the_cap()
    {
        using var fetcher = new HttpFetcher(FetchOptions.Default);
        var polite = new PoliteFetcher(fetcher, new PolitenessOptions(TimeSpan.Zero, BackoffBase: TimeSpan.FromSeconds(1), MaxBackoff: TimeSpan.FromSeconds(10)));
        var first = polite.Backoff(0, null);
        var third = polite.Backoff(2, null);
        Assert.InRange(first.TotalSeconds, 1, 1.5);
        Assert.InRange(third.TotalSeconds, 4, 6);
        Assert.Equal(TimeSpan.FromSeconds(7), polite.Backoff(0, TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(10), polite.Backoff(6, null));
        var again = new PoliteFetcher(fetcher, polite.Options);
        Assert.Equal(first, again.Backoff(0, null)); // seeded: the same run gives the same waits
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Per_host_concurrency_of_one_never_overlaps_requests()
    {
        using var h = new CrawlHarness(politeness: new PolitenessOptions(TimeSpan.Zero, ConcurrencyPerHost: 1));
        var before = site.Requests.Count;
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 6),
            [.. SiteStories.Numbered.Select(s => site.Url("/articles/" + s.Slug))]);

        Assert.Equal(12, summary.Total.Fetched);
        Assert.Equal(1, site.Requests.Skip(before).Max(r => r.InFlight));
    }

    [Fact]
    public async Task A_robots_txt_answering_5xx_closes_the_host_and_a_missing_one_opens_it()
    {
        await using var broken = await TestSite.StartAsync("", robotsStatus: 503);
        await using var missing = await TestSite.StartAsync("", robotsStatus: 404);
        using var h = new CrawlHarness(new AutoAdvancingClock());
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), broken.Url("/articles/a01"), missing.Url("/articles/a01"));

        Assert.Equal(1, summary.Total.BlockedByRobots);
        Assert.Equal(0, broken.Hits("/articles/a01"));
        Assert.Equal(1, missing.Hits("/articles/a01"));
        Assert.Equal(1, summary.Total.NewArticles);
    }

    [Fact]
    public async Task An_unreachable_host_is_a_failure_not_a_robots_block()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), new Uri("http://127.0.0.1:9/news"), new Uri("http://127.0.0.1:9/other"));

        Assert.Equal(0, summary.Total.BlockedByRobots);
        var failure = Assert.Single(summary.Total.Failures);
        Assert.StartsWith("host unreachable: network error: ", failure.Reason);
        Assert.Equal(2, failure.Count);
    }
}
