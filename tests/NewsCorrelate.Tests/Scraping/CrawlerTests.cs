using NewsCorrelate.Domain;
using NewsCorrelate.Scraping;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class CrawlerTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task Crawling_the_home_page_stores_every_story_once_with_its_date()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 4, MaxPages: 200, Concurrency: 4), site.Url("/"));

        var articles = h.Store.AllArticles().ToList();
        var dated = SiteStories.Numbered.Where(s => s.Published is not null).ToList();
        Assert.Equal(dated.Select(s => s.Title).Order(), articles.Select(a => a.Title).Order());
        foreach (var story in dated)
        {
            var stored = Assert.Single(articles, a => a.Title == story.Title);
            Assert.Equal(PublishedDate.OnDay(story.Published!.Value), stored.Published);
            Assert.Equal(ArticleOrigin.Scraped, stored.Origin);
        }
        // whichever of an original and a copy naming it the 4 workers fetched first, the original is the article and the copy its source
        foreach (var (story, copy, outlet) in new[] { ("a01", "/wire/a01", "Coastal Ledger"), ("a04", "/amp/a04", SitePages.SiteName) })
        {
            var stored = h.Store.FindByCanonicalUrl(site.Url("/articles/" + story).AbsoluteUri)!;
            Assert.Equal(site.Url("/articles/" + story).AbsoluteUri, stored.Url);
            var source = Assert.Single(h.Store.SourcesOf(stored.Id));
            Assert.Equal((site.Url(copy).AbsoluteUri, outlet), (source.Url, source.Source));
        }
        Assert.Equal(articles.Count, summary.Total.NewArticles);
        Assert.Equal(1, summary.Total.Undated); // a06 states no date and was not reached through the feed
        Assert.Equal(3, summary.Total.Duplicates); // the wire, AMP and mirror copies (or their originals, had a copy come first)
        Assert.True(summary.Total.NotArticles >= 4, "listing pages are not articles");
        Assert.Equal(0, summary.Total.Failed);
    }

    [Fact]
    public async Task Copies_and_syndicated_versions_become_sources_of_the_original_story()
    {
        using var h = new CrawlHarness();
        await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 1), site.Url("/articles/a01"), site.Url("/articles/a07"), site.Url("/articles/a04"));
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 1), site.Url("/wire/a01"), site.Url("/copy/a07"), site.Url("/amp/a04"));

        Assert.Equal(0, summary.Total.NewArticles);
        Assert.Equal(3, summary.Total.Duplicates);
        Assert.Equal(3, h.Store.Count);
        var a01 = h.Store.FindByCanonicalUrl(site.Url("/articles/a01").AbsoluteUri)!;
        var wire = Assert.Single(h.Store.SourcesOf(a01.Id));
        Assert.Equal(site.Url("/wire/a01").AbsoluteUri, wire.Url);
        Assert.Equal("Coastal Ledger", wire.Source);
        var a07 = h.Store.FindByCanonicalUrl(site.Url("/articles/a07").AbsoluteUri)!;
        Assert.Equal("Mirror Desk", Assert.Single(h.Store.SourcesOf(a07.Id)).Source);
        var a04 = h.Store.FindByCanonicalUrl(site.Url("/articles/a04").AbsoluteUri)!;
        Assert.Equal(site.Url("/amp/a04").AbsoluteUri, Assert.Single(h.Store.SourcesOf(a04.Id)).Url); // names the original as canonical, same text

    }

    [Fact]
    public async Task An_original_crawled_after_its_wire_copy_takes_its_place_and_keeps_it_as_a_source()
    {
        using var h = new CrawlHarness();
        await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 1), site.Url("/wire/a01"));
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0, Concurrency: 1), site.Url("/articles/a01"));

        Assert.Equal(1, summary.Total.Duplicates); // counted as the copy would have been, had the original come first
        var stored = Assert.Single(h.Store.AllArticles());
        Assert.Equal(SiteStories.Find("a01").Title, stored.Title);
        Assert.Equal(site.Url("/articles/a01").AbsoluteUri, stored.Url);
        Assert.Equal(ArticleId.FromUrl(site.Url("/articles/a01").AbsoluteUri), stored.Id);
        var wire = Assert.Single(h.Store.SourcesOf(stored.Id));
        Assert.Equal((site.Url("/wire/a01").AbsoluteUri, "Coastal Ledger"), (wire.Url, wire.Source));
        Assert.Equal(stored.Id, h.Store.Find(site.Url("/wire/a01").AbsoluteUri)!.ArticleId);
    }

    [Fact]
    public async Task Robots_txt_disallowed_pages_are_counted_and_never_requested()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 1, Concurrency: 2), site.Url("/"));

        Assert.Equal(2, summary.Total.BlockedByRobots);
        Assert.Equal(0, site.Hits("/private/secret"));
        Assert.Equal(0, site.Hits("/members-only"));
        Assert.All(site.Requests, r => Assert.StartsWith("NewsCorrelate/1.0 (+mailto:tests@example.invalid)", r.UserAgent));
    }

    [Fact]
    public async Task A_feed_lists_pages_and_lends_its_date_to_a_page_without_one()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/feed.xml"));

        Assert.Equal(1, summary.Total.Listings);
        Assert.Equal(6, summary.Total.NewArticles);
        var undatedPage = SiteStories.Numbered[5];
        Assert.Null(undatedPage.Published);
        var stored = h.Store.AllArticles().Single(a => a.Title == undatedPage.Title);
        Assert.Equal(PublishedDate.OnDay(SiteStories.FeedOnlyDate), stored.Published);
        Assert.EndsWith("/articles/a06", stored.CanonicalUrl); // tracking parameter of the feed link dropped
    }

    [Fact]
    public async Task Sitemap_indexes_lead_through_news_and_gzipped_sitemaps_to_articles()
    {
        using var h = new CrawlHarness();
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/sitemap.xml"), site.Url("/atom.xml"));

        Assert.Equal(4, summary.Total.Listings); // index, news, gzipped, atom
        Assert.Equal(11, summary.Total.NewArticles);
        Assert.Equal(0, summary.Total.Failed);
    }

    [Fact]
    public async Task Bad_pages_are_counted_with_reasons_and_the_crawl_goes_on()
    {
        // The fake clock makes the Retry-After waits of /busy instant. (Timeouts: HttpFetcherTests.)
        using var h = new CrawlHarness(new AutoAdvancingClock());
        var summary = await h.CrawlAsync(new CrawlOptions(MaxDepth: 1, Concurrency: 8), site.Url("/broken"));

        var failures = summary.Total.Failures.ToDictionary(f => f.Reason, f => f.Count);
        Assert.Equal(1, failures["HTTP 404"]);
        Assert.Equal(1, failures["HTTP 500"]);
        Assert.Equal(2, failures["body larger than 1048576 bytes"]); // /big as sent, /bomb after gzip decompression
        Assert.Equal(1, failures["more than 5 redirects"]);
        Assert.Equal(1, failures["redirected outside the allowed domains"]);
        Assert.Equal(1, failures["HTTP 503 (gave up after 4 attempts)"]);
        Assert.Equal(4, site.Hits("/busy"));
        Assert.Equal(7, summary.Total.Failed);
        Assert.Equal(1, summary.Total.Skipped); // the PDF
        Assert.Equal(2, summary.Total.NewArticles); // a03, and the gzip and brotli copies of one story...
        Assert.Equal(1, summary.Total.Duplicates); // ...of which the second names the same canonical URL: its source
        Assert.Contains(h.Store.AllArticles(), a => a.Title == SiteStories.Compressed.Title);
    }
}
