using System.IO.Compression;
using System.Text.Json;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

public sealed class ExtractVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorrelate-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<JsonElement> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Json_gives_one_object_per_file_with_the_article_fields_or_the_reason()
    {
        var run = CliRun.Of("extract", LabelledPage.Directory, "--json");

        Assert.Equal(0, run.ExitCode);
        var lines = JsonLines(run.Out);
        Assert.Equal(LabelledPage.All.Count, lines.Count);
        var amp = lines.Single(l => l.GetProperty("id").GetString() == "amp-article");
        Assert.Equal("Small recyclers bet on old hard drives as magnet supply tightens", amp.GetProperty("title").GetString());
        Assert.Equal("2025-11-09", amp.GetProperty("published").GetString());
        Assert.StartsWith("A group of small recycling firms", amp.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Circular Metals", amp.GetProperty("siteName").GetString());
        Assert.Equal("https://circularmetals.example/news/recyclers-hard-drives", amp.GetProperty("canonicalUrl").GetString());
        Assert.Equal("en-GB", amp.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, amp.GetProperty("originalUrl").ValueKind);
        var tag = lines.Single(l => l.GetProperty("id").GetString() == "listing-tag-links");
        Assert.StartsWith("not an article: listing page", tag.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_names_the_original_that_a_syndicated_copy_points_at()
    {
        var html = File.ReadAllText(Path.Combine(LabelledPage.Directory, "amp-article.html"))
            .Replace("</head>", "<meta name=\"syndication-source\" content=\"https://wire.example/stories/recyclers\"></head>", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(Path.Combine(_dir, "copy.html"), html);

        var run = CliRun.Of("extract", Path.Combine(_dir, "copy.html"), "--json");

        var line = Assert.Single(JsonLines(run.Out));
        Assert.Equal("https://wire.example/stories/recyclers", line.GetProperty("originalUrl").GetString());
    }

    [Fact]
    public void A_gzipped_page_is_read_and_its_id_drops_every_extension()
    {
        var source = LabelledPage.Named("wp-yoast-comments.html");
        using (var file = File.Create(Path.Combine(_dir, "saved.page.html.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            gzip.Write(File.ReadAllBytes(Path.Combine(LabelledPage.Directory, source.File)));

        var run = CliRun.Of("extract", Path.Combine(_dir, "saved.page.html.gz"), "--json");

        var line = Assert.Single(JsonLines(run.Out));
        Assert.Equal("saved.page", line.GetProperty("id").GetString());
        Assert.Equal(source.Title, line.GetProperty("title").GetString());
    }

    [Fact]
    public void An_unreadable_file_is_reported_with_its_path_and_the_others_still_come_out()
    {
        File.Copy(Path.Combine(LabelledPage.Directory, "amp-article.html"), Path.Combine(_dir, "a-good.html"));
        File.WriteAllBytes(Path.Combine(_dir, "b-broken.html.gz"), [0x1f, 0x8b, 1, 2, 3]);
        File.Copy(Path.Combine(LabelledPage.Directory, "url-date-only.html"), Path.Combine(_dir, "c-good.htm"));
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not a page");

        var run = CliRun.Of("extract", _dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(_dir, "b-broken.html.gz"), run.Error, StringComparison.Ordinal);
        Assert.Contains("a-good: Small recyclers bet on old hard drives", run.Out, StringComparison.Ordinal);
        Assert.Contains("c-good: Automakers test motors", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 file(s): 2 article(s), 0 not article(s), 1 unreadable", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_bad_input_naming_the_path()
    {
        var missing = Path.Combine(_dir, "nope");

        var run = CliRun.Of("extract", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing + ": no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var run = CliRun.Of("extract", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
    }
}
