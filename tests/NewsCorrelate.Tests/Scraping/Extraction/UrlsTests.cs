using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class UrlsTests
{
    private static readonly Uri Page = new("https://News.Example/section/story.html?id=7");

    [Theory]
    [InlineData("/a/b?utm_source=x&id=3#top", "https://news.example/a/b?id=3")]
    [InlineData("HTTPS://NEWS.EXAMPLE:443/a", "https://news.example/a")]
    [InlineData("other.html", "https://news.example/section/other.html")]
    [InlineData("//cdn.example/x", "https://cdn.example/x")]
    [InlineData("mailto:desk@news.example", null)]
    [InlineData("javascript:void(0)", null)]
    [InlineData("", "https://news.example/section/story.html?id=7")]
    public void Links_are_resolved_and_normalised(string href, string? expected)
    {
        Assert.Equal(expected, Urls.Normalise(href, Page));
    }

    [Fact]
    public void A_relative_link_without_a_page_url_gives_nothing()
    {
        Assert.Null(Urls.Normalise("/a/b", null));
    }
}
