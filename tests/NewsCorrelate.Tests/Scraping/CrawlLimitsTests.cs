using NewsCorrelate.Scraping;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class CrawlLimitsTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_calendar_that_links_to_the_next_month_forever_is_cut_off()
    {
        using var h = new CrawlHarness(new AutoAdvancingClock()); // "now" is January 2026
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 1000, MaxPages: 5000, Concurrency: 2), site.Url("/calendar?month=2025-11"));

        Assert.True(summary.Total.Traps >= 1);
        Assert.InRange(site.Hits("/calendar"), 10, CrawlTraps.MaxQueryVariantsPerPath);
        Assert.Equal(0, site.Hits("/calendar?month=2028-01")); // after next year: a calendar trap
    }

    [Fact]
    public async Task The_page_budget_is_never_exceeded()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 5, MaxPages: 7, Concurrency: 3), site.Url("/"));

        Assert.Equal(7, summary.Total.Fetched + summary.Total.BlockedByRobots + summary.Total.Failed + summary.Total.Skipped);
        Assert.True(summary.Total.OverBudget > 0, "the links left unfetched are counted");
    }

    [Fact]
    public async Task Topic_keeps_only_matching_articles()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Topic: TopicFilter.TryParse("graphite OR \"holiday rush\"", out _)), site.Url("/feed.xml"), site.Url("/atom.xml"));

        Assert.Equal(["Battery makers warn of tighter graphite supply", "Container lines add capacity ahead of holiday rush"],
            h.Store.AllArticles().Select(a => a.Title).Order());
        Assert.Equal(10, summary.Total.OffTopic);
    }

    [Fact]
    public async Task Pages_marked_nofollow_do_not_lead_anywhere()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 3), site.Url("/nofollow"));

        Assert.Equal(1, summary.Total.Fetched);
        Assert.Equal(0, site.Hits("/hidden/1"));
    }

    [Fact]
    public async Task Charsets_come_from_the_meta_tag_or_the_byte_order_mark_when_the_header_is_missing_or_wrong()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/latin1"), site.Url("/bogus-charset"));

        Assert.Equal(2, summary.Total.NewArticles);
        var titles = h.Store.AllArticles().Select(a => a.Title).ToList();
        Assert.Contains(SiteStories.Latin1.Title, titles);
        Assert.Contains(SiteStories.Zurich.Title, titles);
        Assert.Contains(h.Store.AllArticles(), a => a.Text.Contains("naïve hope", StringComparison.Ordinal) && a.Text.Contains("façade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saved_html_files_are_read_like_fetched_pages()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nc-saved-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, SitePages.Article(SiteStories.Numbered[0], "https://harbour.example/articles/a01"));
        try
        {
            using var h = new CrawlHarness();
            var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 2), new Uri(path));

            Assert.Equal(1, summary.Total.NewArticles);
            var article = Assert.Single(h.Store.AllArticles());
            Assert.Equal("https://harbour.example/articles/a01", article.CanonicalUrl);
            Assert.Equal(1, summary.Total.Fetched);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_redirect_to_a_page_robots_txt_disallows_is_not_followed()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/go-private"));

        Assert.StartsWith("redirected to a page robots.txt of 127.0.0.1", Assert.Single(summary.Total.Failures).Reason);
        Assert.Equal(0, site.Hits("/private/x"));
    }

    [Fact]
    public async Task A_redirect_to_another_host_obeys_that_hosts_robots_txt()
    {
        using var h = new CrawlHarness();
        var robotsBefore = site.Hits("/robots.txt");
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/go-private-elsewhere"));

        Assert.StartsWith("redirected to a page robots.txt of localhost", Assert.Single(summary.Total.Failures).Reason);
        Assert.Equal(0, site.Hits("/private/x"));
        Assert.Equal(2, site.Hits("/robots.txt") - robotsBefore); // once for 127.0.0.1, once for localhost
    }

    [Fact]
    public async Task A_start_page_that_moved_to_another_host_takes_the_crawl_scope_along()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 1), site.Url("/moved"));

        Assert.Equal("localhost", Assert.Single(summary.Hosts, s => s.NewArticles > 0).Host.Split(':')[0]);
        Assert.Equal(4, summary.Total.NewArticles); // the four stories of news page 1, now on localhost
    }

    [Fact]
    public async Task With_robots_sitemaps_the_sitemaps_robots_txt_lists_are_read_too()
    {
        await using var declaring = await TestSite.StartAsync("User-agent: *\nDisallow: /private/\nSitemap: {root}/sitemap-news.xml\n");
        using var without = new CrawlHarness();
        var plain = await without.CrawlAsync(new CrawlOptions(MaxDepth: 0), declaring.Url("/about"));
        using var with = new CrawlHarness();
        var read = await with.CrawlAsync(new CrawlOptions(MaxDepth: 0, RobotsSitemaps: true), declaring.Url("/about"));

        Assert.Equal(0, plain.Total.NewArticles);
        Assert.Equal(1, declaring.Hits("/sitemap-news.xml"));
        Assert.True(read.Total.NewArticles >= 3, $"{read.Total.NewArticles} articles from the declared sitemap");
    }
}
