using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://Example.COM:80/a/b#frag", "http://example.com/a/b")]
    [InlineData("https://example.com:443", "https://example.com/")]
    [InlineData("https://example.com:8443/x", "https://example.com:8443/x")]
    [InlineData("https://example.com./a/./b/../c", "https://example.com/a/c")]
    [InlineData("https://example.com/p?b=2&a=1&utm_source=x&fbclid=y&gclid=z", "https://example.com/p?a=1&b=2")]
    [InlineData("https://example.com/p?utm_medium=social", "https://example.com/p")]
    [InlineData("https://example.com/p?tag=b&page=2&tag=a", "https://example.com/p?page=2&tag=b&tag=a")]
    public void Normalises_absolute_urls(string input, string expected) =>
        Assert.Equal(expected, UrlNormalizer.NormalizeToString(input));

    [Fact]
    public void Resolves_relative_links_against_the_page() =>
        Assert.Equal("https://news.example/world/story-2?id=7",
            UrlNormalizer.NormalizeToString("../world/story-2?id=7#comments", new Uri("https://news.example/trade/story-1")));

    [Theory]
    [InlineData("mailto:desk@example.com")]
    [InlineData("javascript:void(0)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_what_is_not_a_web_page(string href) =>
        Assert.Null(UrlNormalizer.Normalize(href, new Uri("https://example.com/")));

    [Fact]
    public void Two_spellings_of_one_page_normalise_to_the_same_key() =>
        Assert.Equal(UrlNormalizer.NormalizeToString("https://EXAMPLE.com/a?y=2&x=1&utm_campaign=c#top"),
            UrlNormalizer.NormalizeToString("https://example.com:443/a?x=1&y=2"));
}
