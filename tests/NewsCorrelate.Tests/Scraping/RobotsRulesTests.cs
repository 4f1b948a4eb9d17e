using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class RobotsRulesTests
{
    private const string File = """
        # sample
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/press/
        Crawl-delay: 2

        User-agent: OtherBot
        User-agent: NewsCorrelate
        Disallow: /drafts
        Allow: /drafts/public
        Crawl-delay: 0.5

        Sitemap: https://site.example/sitemap.xml
        """;

    private static bool Allowed(RobotsRules rules, string path) => rules.IsAllowed(new Uri("https://site.example" + path));

    [Fact]
    public void The_group_naming_our_product_token_replaces_the_star_group()
    {
        var rules = RobotsRules.Parse(File, "NewsCorrelate");
        Assert.False(Allowed(rules, "/drafts/x"));
        Assert.True(Allowed(rules, "/drafts/public/y"));
        Assert.True(Allowed(rules, "/private/secret"));
        Assert.Equal(TimeSpan.FromSeconds(0.5), rules.CrawlDelay);
    }

    [Fact]
    public void Other_crawlers_get_the_star_group_with_longest_match_winning()
    {
        var rules = RobotsRules.Parse(File, "SomeoneElse");
        Assert.False(Allowed(rules, "/private/secret"));
        Assert.True(Allowed(rules, "/private/press/release"));
        Assert.False(Allowed(rules, "/files/report.pdf"));
        Assert.True(Allowed(rules, "/files/report.pdf?download=1"));
        Assert.True(Allowed(rules, "/news/story"));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }

    [Fact]
    public void Sitemap_lines_are_collected_for_every_crawler() =>
        Assert.Equal(["https://site.example/sitemap.xml"], RobotsRules.Parse(File, "NewsCorrelate").Sitemaps);

    [Theory]
    [InlineData("/a*b", "/axxb/c", true)]
    [InlineData("/a*b$", "/axxb/c", false)]
    [InlineData("/a*b$", "/axxb", true)]
    [InlineData("/*?", "/page?x=1", true)]
    [InlineData("/*?", "/page", false)]
    [InlineData("/fish", "/Fish", false)]
    public void Patterns_support_wildcards_and_end_anchors(string pattern, string path, bool matches) =>
        Assert.Equal(matches, RobotsRules.Matches(pattern, path));

    [Fact]
    public void An_empty_disallow_and_garbage_lines_allow_everything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\nthis is not a rule\n<html>", "NewsCorrelate");
        Assert.True(Allowed(rules, "/anything"));
    }

    [Fact]
    public void Disallow_all_still_permits_robots_txt_itself()
    {
        var rules = RobotsRules.DisallowAll("robots.txt answered 503");
        Assert.False(Allowed(rules, "/"));
        Assert.True(Allowed(rules, "/robots.txt"));
    }
}
