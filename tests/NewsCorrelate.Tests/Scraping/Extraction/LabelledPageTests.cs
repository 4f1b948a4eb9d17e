using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class LabelledPageTests
{
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string> Articles() => new(LabelledPage.All.Where(p => p.Article).Select(p => p.File));

    public static TheoryData<string> NotArticles() => new(LabelledPage.All.Where(p => !p.Article).Select(p => p.File));

    [Fact]
    public void The_set_covers_articles_and_listings()
    {
        Assert.True(LabelledPage.All.Count(p => p.Article) >= 15);
        Assert.True(LabelledPage.All.Count(p => !p.Article) >= 6);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void An_article_page_gives_its_exact_title_and_date(string file)
    {
        var page = LabelledPage.Named(file);

        var result = Extractor.Extract(page.Html, page.PageUrl);

        Assert.True(result.IsArticle, result.Reason);
        Assert.Equal(page.Title, result.Page!.Title);
        Assert.Equal(page.Published, result.Page.Published?.ToString());
        Assert.NotEqual(DateSource.None, result.Page.PublishedSource);
        Assert.True(result.Page.Paragraphs.Count >= 3, "expected the body's paragraphs");
    }

    [Theory]
    [MemberData(nameof(NotArticles))]
    public void An_index_tag_search_or_empty_page_is_refused_with_a_reason(string file)
    {
        var page = LabelledPage.Named(file);

        var result = Extractor.Extract(page.Html, page.PageUrl);

        Assert.False(result.IsArticle, $"{file} was taken for an article titled \"{result.Page?.Title}\"");
        Assert.Matches("^(listing page|no main text)", result.Reason);
    }

    [Fact]
    public void Title_and_date_exact_match_rates_are_high_over_the_whole_set()
    {
        var articles = LabelledPage.All.Where(p => p.Article).ToList();
        var results = articles.Select(p => (Page: p, Result: Extractor.Extract(p.Html, p.PageUrl).Page)).ToList();

        var titleRate = results.Count(r => r.Result?.Title == r.Page.Title) / (double)articles.Count;
        var dateRate = results.Count(r => r.Result?.Published?.ToString() == r.Page.Published) / (double)articles.Count;

        Assert.True(titleRate >= 0.9, $"title exact-match rate {titleRate:P0}");
        Assert.True(dateRate >= 0.9, $"date exact-match rate {dateRate:P0}");
    }

    [Fact]
    public void A_late_evening_time_with_a_negative_offset_keeps_the_publishers_day()
    {
        var page = LabelledPage.Named("news-jsonld-late-offset.html");

        var article = Extractor.Extract(page.Html, page.PageUrl).Page!;

        Assert.Equal("2025-11-30", article.Published.ToString());
        Assert.Equal(DateSource.JsonLd, article.PublishedSource);
        Assert.Equal("Priya Natarajan", article.Author);
        Assert.Equal("The Harbour Ledger", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://harbourledger.example/business/port-record-rare-earth-volumes-winter", article.CanonicalUrl);
    }

    [Fact]
    public void Furniture_inside_the_article_body_is_left_out()
    {
        var page = LabelledPage.Named("news-jsonld-late-offset.html");

        var text = Extractor.Extract(page.Html, page.PageUrl).Page!.Text;

        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up for our daily newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("We use cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo:", text, StringComparison.Ordinal);
        Assert.StartsWith("Officials at a major eastern port", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_also_read_links_and_dateline_lines_are_left_out()
    {
        var alsoRead = Extractor.Extract(LabelledPage.Named("inline-also-read-links.html").Html, null).Page!;
        var german = Extractor.Extract(LabelledPage.Named("german-dateline.html").Html, null).Page!;

        Assert.Equal(5, alsoRead.Paragraphs.Count);
        Assert.DoesNotContain("Also read", alsoRead.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", alsoRead.Text, StringComparison.Ordinal);
        Assert.Equal(4, german.Paragraphs.Count);
        Assert.StartsWith("Die Ausfuhren", german.Text, StringComparison.Ordinal);
        Assert.Equal("de", german.Language);
    }

    [Fact]
    public void A_commentary_body_is_not_mistaken_for_comments()
    {
        var article = Extractor.Extract(LabelledPage.Named("opinion-commentary-class.html").Html, null).Page!;

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Every few months", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Miriam", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_longer_than_the_post_do_not_replace_it()
    {
        var page = LabelledPage.Named("blog-long-comments.html");

        var article = Extractor.Extract(page.Html, page.PageUrl).Page!;

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("Reader", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_bare_divs_and_br_separated_cells_still_comes_out_as_paragraphs()
    {
        foreach (var file in new[] { "div-soup-author-bio.html", "table-layout-br.html" })
        {
            var page = LabelledPage.Named(file);

            var article = Extractor.Extract(page.Html, page.PageUrl).Page!;

            Assert.Equal(4, article.Paragraphs.Count(p => p.Length > 100));
            Assert.DoesNotContain("Samir Haddad covers", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Printer-friendly", article.Text, StringComparison.Ordinal);
        }
    }
}
