using NewsCorrelate.Scraping.Extraction;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class SeedPageTests
{
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { "000", "001", "002", "003" })
            foreach (var layout in SeedPages.Layouts)
                data.Add(prefix, layout);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_seed_paragraph_comes_out_intact_and_in_order(string prefix, string layout)
    {
        var result = Extractor.Extract(SeedPages.Page(layout, prefix), new Uri("https://example.test/news/seed-" + prefix));

        Assert.True(result.IsArticle, result.Reason);
        var text = result.Page!.Text;
        var position = 0;
        foreach (var line in SeedPages.Lines(Repo.Seed(prefix)).Where(l => l.Length >= 40))
        {
            var paragraph = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line;
            var found = text.IndexOf(paragraph, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"seed {prefix} in the {layout} layout lost or changed the paragraph: {paragraph[..Math.Min(80, paragraph.Length)]}...");
            position = found + paragraph.Length;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_page_furniture_reaches_the_text(string prefix, string layout)
    {
        var result = Extractor.Extract(SeedPages.Page(layout, prefix), null);

        Assert.True(result.IsArticle, result.Reason);
        foreach (var furniture in SeedPages.Furniture)
            Assert.DoesNotContain(furniture, result.Page!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_headline_is_the_title_without_the_site_name(string prefix, string layout)
    {
        var result = Extractor.Extract(SeedPages.Page(layout, prefix), null);

        Assert.Equal($"Rare-earth magnet trade, seed story {prefix}", result.Page?.Title);
    }
}
