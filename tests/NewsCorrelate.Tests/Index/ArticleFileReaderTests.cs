using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Import;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class ArticleFileReaderTests
{
    private static ImportItem Line(string json) => ArticleFileReader.ParseJsonLine(json, "f.jsonl:7");

    [Fact]
    public void A_json_line_keeps_its_id_and_ignores_unknown_fields()
    {
        var item = Line("""{"id":"x-1","url":"https://Example.com/a?b=1#top","title":" Rare  earths ","published":"2025-11","text":"Body.","extra":[1,2]}""");
        var a = item.Article!;
        Assert.Equal("x-1", a.Id.Value);
        Assert.Equal("Rare earths", a.Title);
        Assert.Equal("https://example.com/a?b=1", a.CanonicalUrl);
        Assert.Equal("example.com", a.Source);
        Assert.Equal(DatePrecision.Month, a.Published.Precision);
        Assert.Equal(ArticleOrigin.Imported, a.Origin);
    }

    [Fact]
    public void Without_an_id_the_id_comes_from_the_canonical_url_else_the_content()
    {
        var byUrl = Line("""{"url":"https://example.com/a#x","title":"T","published":"2025-11-02","text":"Body."}""").Article!;
        Assert.Equal(ArticleId.FromUrl("https://example.com/a"), byUrl.Id);
        var byContent = Line("""{"title":"T","published":"2025-11-02","text":"Body.","source":"desk"}""").Article!;
        Assert.Equal(ArticleId.FromContentHash(Article.ComputeContentHash("T", "Body.")), byContent.Id);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"published":"2025-11-02","text":"Body."}""", "missing 'title'")]
    [InlineData("""{"title":"T","published":"2025-11-02"}""", "missing 'text'")]
    [InlineData("""{"title":"T","text":"Body."}""", "missing 'published'")]
    [InlineData("""{"title":"T","text":"Body.","published":"Nov 2025"}""", "'published' is not a date: 'Nov 2025'")]
    [InlineData("""{"id":"has space","title":"T","text":"Body.","published":"2025-11"}""", "'id' is not a valid article id")]
    [InlineData("""{"title":"T","text":"Body.","published":20251102}""", "'published' must be a string")]
    [InlineData("""{"title":"T","text":"Body.","published":"2025-11","url":"ftp://x/y"}""", "'url' is not an absolute http(s) URL")]
    public void A_bad_line_is_a_rejection_with_location_and_reason(string json, string reason)
    {
        var item = Line(json);
        Assert.Null(item.Article);
        Assert.Equal("f.jsonl:7", item.Location);
        Assert.Contains(reason, item.Reason);
    }

    [Fact]
    public void A_text_file_takes_its_title_from_the_first_line_and_its_date_from_the_name()
    {
        using var temp = new TempFolder();
        var path = temp.File("brief-2025-11-20.txt");
        File.WriteAllText(path, "\n  Magnet exports jump \n\nFirst paragraph.\n\nSecond paragraph.\n");
        var a = ArticleFileReader.ReadText(path, TextImportOptions.Default).Article!;
        Assert.Equal("Magnet exports jump", a.Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", a.Text);
        Assert.Equal("2025-11-20", a.Published.ToString());
        Assert.Equal("file", a.Source);
    }

    [Fact]
    public void A_text_file_whose_first_line_is_a_paragraph_keeps_it_in_the_text()
    {
        using var temp = new TempFolder();
        var path = temp.File("long.txt");
        var first = string.Join(' ', Enumerable.Repeat("words of a long opening sentence", 12));
        File.WriteAllText(path, first + "\nMore text.");
        var a = ArticleFileReader.ReadText(path, new TextImportOptions(PublishedDate.InMonth(new Month(2025, 7)), "blog")).Article!;
        Assert.True(a.Title.Length <= 202);
        Assert.EndsWith("…", a.Title);
        Assert.StartsWith(first, a.Text);
        Assert.Equal("blog", a.Source);
    }

    [Fact]
    public void A_text_file_without_any_date_is_rejected()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.txt");
        File.WriteAllText(path, "Title\nText.");
        Assert.Contains("--published", ArticleFileReader.ReadText(path, TextImportOptions.Default).Reason);
    }

    [Fact]
    public void Folders_are_read_recursively_in_name_order_and_missing_paths_are_rejections()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("sub"));
        File.WriteAllText(temp.File("sub/b.jsonl"), """{"id":"b","title":"B","text":"Bee.","published":"2025-01"}""" + "\n");
        File.WriteAllText(temp.File("a.jsonl"), """{"id":"a","title":"A","text":"Ay.","published":"2025-01"}""" + "\n\n");
        File.WriteAllText(temp.File("skip.md"), "ignored");
        var items = ArticleFileReader.ReadPaths([temp.Path, temp.File("missing.jsonl")], TextImportOptions.Default).ToList();
        Assert.Equal(["a", "b"], items.Where(i => i.Article is not null).Select(i => i.Article!.Id.Value));
        Assert.Contains(items, i => i.Location.EndsWith("missing.jsonl", StringComparison.Ordinal) && i.Reason == "no such file or folder");
    }

    [Fact]
    public void Importer_counts_outcomes_and_strict_mode_writes_nothing_on_a_bad_line()
    {
        using var store = ArticleStore.OpenInMemory();
        var good = Line("""{"id":"a","title":"A","text":"Ay.","published":"2025-01"}""");
        var bad = Line("{oops");
        var strict = ArticleImporter.Import(store, [good, bad], strict: true);
        Assert.True(strict.Aborted);
        Assert.Equal(0, store.Count);
        var summary = ArticleImporter.Import(store, [good, bad, good], batchSize: 1);
        Assert.Equal((1, 0, 1, 1), (summary.Added, summary.Updated, summary.Skipped, summary.Rejected));
    }
}
