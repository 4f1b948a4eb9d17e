using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class FrontierTests
{
    private static Frontier Make(int maxDepth = 2, int maxPages = 100) => new(new CrawlScope(["news.example"]), maxDepth, maxPages, 2026);

    private static FrontierItem At(string url, int depth = 1) => new(new Uri(url), depth);

    [Fact]
    public void Admits_each_url_once_within_scope_depth_and_budget()
    {
        var frontier = Make(maxDepth: 2, maxPages: 3);
        Assert.Equal(FrontierVerdict.Added, frontier.Offer(At("https://news.example/a"), out _));
        Assert.Equal(FrontierVerdict.Seen, frontier.Offer(At("https://news.example/a"), out _));
        Assert.Equal(FrontierVerdict.Added, frontier.Offer(At("https://www.news.example/b"), out _));
        Assert.Equal(FrontierVerdict.OutOfScope, frontier.Offer(At("https://other.example/c"), out _));
        Assert.Equal(FrontierVerdict.OutOfScope, frontier.Offer(At("https://badnews.example/c"), out _));
        Assert.Equal(FrontierVerdict.TooDeep, frontier.Offer(At("https://news.example/d", depth: 3), out _));
        Assert.Equal(FrontierVerdict.Added, frontier.Offer(new FrontierItem(new Uri("https://other.example/seed"), 0, IsSeed: true), out _));
        Assert.Equal(FrontierVerdict.OverBudget, frontier.Offer(At("https://news.example/e"), out _));
        Assert.Equal(3, frontier.Pending);
    }

    [Fact]
    public void Hosts_take_turns_and_a_ready_host_is_preferred()
    {
        var frontier = Make();
        foreach (var u in new[] { "https://news.example/1", "https://news.example/2", "https://a.news.example/1", "https://b.news.example/1" })
            frontier.Offer(At(u), out _);
        var order = new List<string>();
        while (frontier.TryTake(_ => true, out var item)) order.Add(item!.Url.AbsoluteUri);
        Assert.Equal(["https://news.example/1", "https://a.news.example/1", "https://b.news.example/1", "https://news.example/2"], order);

        frontier.Offer(At("https://news.example/3"), out _);
        frontier.Offer(At("https://b.news.example/2"), out _);
        Assert.True(frontier.TryTake(u => u.Host == "b.news.example", out var ready));
        Assert.Equal("https://b.news.example/2", ready!.Url.AbsoluteUri);
    }

    [Fact]
    public void Query_parameter_explosions_on_one_path_are_cut_off()
    {
        var frontier = Make(maxPages: 1000);
        var verdicts = Enumerable.Range(0, CrawlTraps.MaxQueryVariantsPerPath + 5)
            .Select(i => frontier.Offer(At($"https://news.example/search?q={i}"), out _)).ToList();
        Assert.Equal(CrawlTraps.MaxQueryVariantsPerPath, verdicts.Count(v => v == FrontierVerdict.Added));
        Assert.Equal(5, verdicts.Count(v => v == FrontierVerdict.Trap));
    }

    [Theory]
    [InlineData("https://news.example/a/b/a/b/a/b", "repeating path segments")]
    [InlineData("https://news.example/events/2091/03", "calendar page for 2091")]
    [InlineData("https://news.example/events?month=1931-01", "calendar page for 1931")]
    [InlineData("https://news.example/events?day=1&year=2090", "calendar page for 2090")]
    [InlineData("https://news.example/p?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9", "more than 8 query parameters")]
    [InlineData("https://news.example/1/2/3/4/5/6/7/8/9/10/11/12/13", "path deeper than 12 segments")]
    public void Trap_rules_say_which_rule_fired(string url, string reason) =>
        Assert.Equal(reason, CrawlTraps.Check(new Uri(url), 2026));

    [Theory]
    [InlineData("https://news.example/2025/11/20/exports-fall")]
    [InlineData("https://news.example/news/1984-anniversary-of-the-port")]
    [InlineData("https://news.example/archive?year=2024")]
    [InlineData("https://news.example/story/1850")]
    [InlineData("https://news.example/story/1850/comments")]
    public void Ordinary_news_urls_are_not_traps(string url) => Assert.Null(CrawlTraps.Check(new Uri(url), 2026));

    [Fact]
    public void Over_long_urls_are_traps() =>
        Assert.StartsWith("URL longer than", CrawlTraps.Check(new Uri("https://news.example/" + new string('x', 1100)), 2026));
}
