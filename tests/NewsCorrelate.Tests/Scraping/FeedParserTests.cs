using NewsCorrelate.Domain;
using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class FeedParserTests
{
    private static readonly Uri Base = new("https://wire.example/feeds/trade.xml");

    [Fact]
    public void Reads_rss_items_with_rfc822_dates_and_relative_links()
    {
        var listing = FeedParser.Parse("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Trade desk</title>
              <item><title>One</title><link>https://wire.example/a/1?utm_source=rss</link><pubDate>Tue, 18 Nov 2025 23:30:00 -0500</pubDate></item>
              <item><title>Two</title><link>/a/2</link><dc:date>2025-11-19T08:00:00Z</dc:date></item>
              <item><title>Three</title><guid isPermaLink="true">https://wire.example/a/3</guid><pubDate>Thu, 20 Nov 2025 10:00 GMT</pubDate></item>
              <item><title>Dup</title><link>https://wire.example/a/1</link></item>
            </channel></rss>
            """, Base);
        Assert.Null(listing.Error);
        Assert.Equal("rss", listing.Kind);
        Assert.Equal(["https://wire.example/a/1", "https://wire.example/a/2", "https://wire.example/a/3"], listing.Pages.Select(p => p.Url.AbsoluteUri));
        Assert.Equal(["2025-11-18", "2025-11-19", "2025-11-20"], listing.Pages.Select(p => p.Published.ToString()));
    }

    [Fact]
    public void Reads_atom_alternate_links_and_published_dates()
    {
        var listing = FeedParser.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/news/">
              <entry><title>A</title><link rel="self" href="https://wire.example/api/1"/><link rel="alternate" href="story-a"/>
                <published>2025-10-02T09:00:00+08:00</published><updated>2025-10-05T00:00:00Z</updated></entry>
              <entry><title>B</title><link href="https://wire.example/news/story-b"/><updated>2025-10-03</updated></entry>
            </feed>
            """, Base);
        Assert.Equal("atom", listing.Kind);
        Assert.Equal(["https://wire.example/news/story-a", "https://wire.example/news/story-b"], listing.Pages.Select(p => p.Url.AbsoluteUri));
        Assert.Equal(PublishedDate.OnDay(new DateOnly(2025, 10, 2)), listing.Pages[0].Published);
    }

    [Fact]
    public void Reads_news_sitemaps_and_sitemap_indexes()
    {
        var urlset = FeedParser.Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://wire.example/a/10</loc><lastmod>2026-01-01</lastmod>
                <news:news><news:publication_date>2025-11-21T06:00:00+00:00</news:publication_date><news:title>T</news:title></news:news></url>
              <url><loc>https://wire.example/about</loc><lastmod>2025-01-01</lastmod></url>
            </urlset>
            """, Base);
        Assert.Equal("urlset", urlset.Kind);
        Assert.Equal("2025-11-21", urlset.Pages[0].Published.ToString());
        Assert.Null(urlset.Pages[1].Published);

        var index = FeedParser.Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://wire.example/sitemap-news.xml</loc></sitemap><sitemap><loc>sitemap-2.xml</loc></sitemap>
            </sitemapindex>
            """, Base);
        Assert.Equal(["https://wire.example/sitemap-news.xml", "https://wire.example/feeds/sitemap-2.xml"], index.Sitemaps.Select(u => u.AbsoluteUri));
        Assert.Empty(index.Pages);
    }

    [Theory]
    [InlineData("<rss><channel><item>", "not well-formed XML")]
    [InlineData("<html><body>hi</body></html>", "root element is <html>")]
    public void Bad_documents_are_a_listing_with_a_reason(string text, string reason) =>
        Assert.Contains(reason, FeedParser.Parse(text, Base).Error);

    [Fact]
    public void Entity_expansion_is_not_performed()
    {
        var listing = FeedParser.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><item><link>https://wire.example/&b;</link></item></channel></rss>
            """, Base);
        Assert.True(listing.Error is not null || listing.Pages.All(p => p.Url.AbsoluteUri.Length < 100));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", true)]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", true)]
    [InlineData("<!doctype html><html>", false)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n<rdf:RDF xmlns:rdf=\"x\">", true)]
    [InlineData("<html><body><feed-widget>", false)]
    [InlineData("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\"><rss>", false)]
    public void Sniffs_listings_from_their_first_bytes(string head, bool expected) =>
        Assert.Equal(expected, FeedParser.LooksLikeListing(head));
}
