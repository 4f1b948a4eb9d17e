using System.Text.Json;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

/// <summary>The four real seed articles (../shared/seeds) through the CLI: import as .txt, search by month.</summary>
public class SeedArticlesEndToEndTests
{
    private static readonly (string Prefix, string Published)[] Seeds =
        [("000", "2025-11-20"), ("001", "2025-11-22"), ("002", "2025-07"), ("003", "2025-12-21")];

    [Fact]
    public void The_november_drop_article_is_found_by_word_and_listed_by_its_month()
    {
        using var temp = new TempFolder();
        var db = temp.File("seeds.db");
        foreach (var (prefix, published) in Seeds)
        {
            var file = Directory.GetFiles(Repo.Seeds, prefix + "_*.txt").Single();
            var run = CliRun.Of("import", file, "--published", published, "--source", "seed", "--db", db);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("1 added", run.Out);
        }
        var dropTitle = Repo.Seed("003").Split('\n').First(l => l.Trim().Length > 0).Trim();

        using var november = JsonDocument.Parse(CliRun.Of("search", "November", "--json", "--db", db).Out);
        var titles = november.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()).ToList();
        Assert.Contains(dropTitle, titles);

        using var december = JsonDocument.Parse(CliRun.Of("search", "--month", "2025-12", "--json", "--db", db).Out);
        var listed = Assert.Single(december.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(dropTitle, listed.GetProperty("title").GetString());
        Assert.Equal("2025-12-21", listed.GetProperty("published").GetString());

        using var july = JsonDocument.Parse(CliRun.Of("search", "month:2025-07", "--json", "--db", db).Out);
        Assert.Equal("2025-07", Assert.Single(july.RootElement.GetProperty("hits").EnumerateArray()).GetProperty("published").GetString());

        var text = CliRun.Of("search", "magnet* month:2025-11", "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("2 articles match", text.Out);
        Assert.Contains("«", text.Out);
    }
}
