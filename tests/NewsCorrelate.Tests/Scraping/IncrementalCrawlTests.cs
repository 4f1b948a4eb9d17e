using NewsCorrelate.Scraping;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class IncrementalCrawlTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_second_run_sends_conditional_requests_and_counts_304s_as_unchanged()
    {
        using var h = new CrawlHarness();
        var first = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/feed.xml"));
        var before = site.Requests.Count;
        var second = await h.CrawlAsync(new CrawlOptions(MaxDepth: 0), site.Url("/feed.xml"));

        Assert.Equal(6, first.Total.NewArticles);
        Assert.Equal(0, second.Total.NewArticles);
        Assert.Equal(6, second.Total.Unchanged);
        var articleRequests = site.Requests.Skip(before).Where(r => r.PathAndQuery.StartsWith("/articles/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, articleRequests.Count);
        Assert.All(articleRequests, r => Assert.Matches("^\"a0[1-6]-v1\"$", r.IfNoneMatch));
        Assert.Null(site.Requests.Skip(before).Single(r => r.PathAndQuery == "/feed.xml").IfNoneMatch); // start URLs are always fetched afresh
        Assert.Equal(6, h.Store.Count);
    }

    [Fact]
    public async Task The_ledger_remembers_each_visit_with_its_outcome_and_validators()
    {
        using var h = new CrawlHarness();
        await h.CrawlAsync(new CrawlOptions(MaxDepth: 1), site.Url("/news?page=1"));

        var article = h.Store.Find(site.Url("/articles/a01").AbsoluteUri)!;
        Assert.Equal("article", article.Outcome);
        Assert.Equal("\"a01-v1\"", article.ETag);
        Assert.Equal("Mon, 03 Nov 2025 08:00:00 GMT", article.LastModified);
        Assert.NotNull(article.ArticleId);
        Assert.StartsWith("not-article: ", h.Store.Find(site.Url("/news?page=1").AbsoluteUri)!.Outcome);
    }
}
