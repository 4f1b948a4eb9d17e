using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "<p>Exporters of rare-earth magnets said approvals came faster this month, with some licences granted within ten working days instead of six weeks.</p>" +
        "<p>Several exporters credited new online forms, while others said officials had simply cleared a backlog of routine applications from the summer.</p>" +
        "<p>Traders expect the effect to appear in the next monthly release of trade figures, particularly for shipments to North America and Europe.</p>";

    [Theory]
    [InlineData("")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><body><p>Too short to be an article.</p></body></html>")]
    [InlineData("\u0000\u0001 not html at all <<<>>>")]
    public void A_page_without_main_text_is_refused_with_a_reason(string html)
    {
        var result = Extractor.Extract(html, null);

        Assert.False(result.IsArticle);
        Assert.StartsWith("no ", result.Reason, StringComparison.Ordinal);
        Assert.StartsWith("not an article: ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_are_single_lines_and_text_joins_them_with_blank_lines()
    {
        var html = "<html><head><title>Licence approvals speed up</title></head><body><h1>Licence approvals speed up</h1><div>" +
            Body.Replace("month, with", "month,\n   with", StringComparison.Ordinal) + "</div></body></html>";

        var page = Extractor.Extract(html, null).Page!;

        Assert.Equal(3, page.Paragraphs.Count);
        Assert.All(page.Paragraphs, p => Assert.DoesNotContain('\n', p));
        Assert.Equal(string.Join("\n\n", page.Paragraphs), page.Text);
        Assert.Contains("this month, with some", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_body_stands_in_when_the_markup_holds_no_text()
    {
        var longBody = string.Join("\n", Enumerable.Repeat("Magnet exports rose in October as licences were approved faster than in the summer months.", 6));
        var html = "<html><head><title>Magnet exports rose</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Magnet exports rose\",\"datePublished\":\"2025-11-20\",\"articleBody\":\"" +
            longBody.Replace("\n", "\\n", StringComparison.Ordinal) + "\"}</script></head><body><div id=\"app\"></div></body></html>";

        var page = Extractor.Extract(html, null).Page!;

        Assert.Equal(6, page.Paragraphs.Count);
        Assert.Equal("Magnet exports rose", page.Title);
        Assert.Equal("2025-11-20", page.Published.ToString());
    }

    [Fact]
    public void Extracting_does_not_change_the_parsed_document()
    {
        var document = ArticleExtractor.Parse("<html><body><nav><a href=\"/x\">Menu</a></nav><h1>Licence approvals speed up</h1>" + Body + "<footer>Footer</footer></body></html>");
        var before = document.Body!.OuterHtml;

        var first = Extractor.Extract(document, null);
        var second = Extractor.Extract(document, null);

        Assert.Equal(before, document.Body!.OuterHtml);
        Assert.Equal(first.Page!.Text, second.Page!.Text);
    }

    [Fact]
    public void One_extractor_gives_the_same_results_on_many_threads()
    {
        var pages = LabelledPage.All.Select(p => (p.Html, p.PageUrl)).ToList();
        var expected = pages.Select(p => Extractor.Extract(p.Html, p.PageUrl).ToString()).ToList();

        var parallel = pages.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(p => Extractor.Extract(p.Html, p.PageUrl).ToString()).ToList();

        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void Scripts_styles_and_comments_are_dropped_before_parsing_but_json_ld_is_kept()
    {
        var html = "<head><script>var s = '<p>fake</p>';</script><style>p{}</style><!-- <p>hidden</p> -->" +
            "<script type=\"application/ld+json\">{\"a\":1}</script></head><body><SCRIPT src=x></SCRIPT><p>kept</p></body>";

        var stripped = HtmlPrefilter.Strip(html);

        Assert.DoesNotContain("fake", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("p{}", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT", stripped, StringComparison.Ordinal);
        Assert.Contains("{\"a\":1}", stripped, StringComparison.Ordinal);
        Assert.Contains("<p>kept</p>", stripped, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_links_are_absolute_distinct_and_skip_nofollow_and_fragments()
    {
        var document = ArticleExtractor.Parse("<body><a href=\"/a\">A</a><a href=\"/a#x\">A again</a><a href=\"#top\">Top</a>" +
            "<a href=\"https://other.example/b?utm_source=z\">B</a><a rel=\"nofollow\" href=\"/ad\">Ad</a><a href=\"mailto:x@y.z\">Mail</a></body>");

        var links = PageLinks.Find(document, new Uri("https://news.example/section/"));

        Assert.Equal(["https://news.example/a", "https://other.example/b"], links.Select(l => l.AbsoluteUri));
    }

    [Fact]
    public void An_extracted_page_becomes_a_store_article_keyed_by_its_canonical_url()
    {
        var page = LabelledPage.Named("news-jsonld-late-offset.html");
        var extracted = Extractor.Extract(page.Html, page.PageUrl).Page!;

        var article = extracted.ToArticle(page.PageUrl);

        Assert.Equal(NewsCorrelate.Domain.ArticleId.FromUrl(extracted.CanonicalUrl!), article.Id);
        Assert.Equal("The Harbour Ledger", article.Source);
        Assert.Equal(extracted.Title, article.Title);
        Assert.Equal("2025-11-30", article.Published.ToString());
        Assert.Equal(extracted.Text, article.Text);
        Assert.Equal(NewsCorrelate.Domain.ArticleOrigin.Scraped, article.Origin);
    }

    [Theory]
    [InlineData("<link rel=\"original-source\" href=\"https://wire.example/story/1?utm_source=feed\">", "https://wire.example/story/1")]
    [InlineData("<meta name=\"syndication-source\" content=\"https://wire.example/story/1\">", "https://wire.example/story/1")]
    [InlineData("<meta name=\"original-source\" content=\"/story/1\">", "https://partner.example/story/1")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"isBasedOn\":{\"@type\":\"NewsArticle\",\"url\":\"https://wire.example/story/1\"}}</script>", "https://wire.example/story/1")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"isBasedOn\":\"https://wire.example/story/1\"}</script>", "https://wire.example/story/1")]
    [InlineData("<meta name=\"syndication-source\" content=\"https://partner.example/news/port-delays\">", null)] // names itself
    [InlineData("<link rel=\"canonical\" href=\"https://wire.example/story/1\">", null)] // a canonical link is not syndication markup
    [InlineData("<meta name=\"syndication-source\" content=\"Wire Services\">", null)] // an outlet's name, not a URL
    public void A_syndicated_copy_names_its_original_in_syndication_markup(string head, string? expected)
    {
        var html = $"<html><head><title>Licence approvals speed up</title>{head}</head><body><h1>Licence approvals speed up</h1><article>{Body}</article></body></html>";

        var page = Extractor.Extract(html, new Uri("https://partner.example/news/port-delays")).Page!;

        Assert.Equal(expected, page.OriginalUrl);
    }

    [Fact]
    public void A_page_without_a_date_cannot_become_an_article()
    {
        var page = LabelledPage.Named("url-date-only.html");
        var extracted = Extractor.Extract(page.Html, null).Page!;

        Assert.Null(extracted.Published);
        Assert.Throws<InvalidOperationException>(() => extracted.ToArticle(null));
    }
}
