using System.Text.Json;
using NewsCorrelate.Index;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

public class ScrapeVerbTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void Scrape_json_reports_totals_and_hosts_and_fills_the_store()
    {
        using var temp = new TempFolder();
        var db = temp.File("scrape.db");
        var run = CliRun.Of("scrape", site.Url("/feed.xml").AbsoluteUri, "--db", db, "--delay", "0", "--max-depth", "0", "--contact", "desk@example.invalid", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(7, total.GetProperty("fetched").GetInt32());
        Assert.Equal(6, total.GetProperty("newArticles").GetInt32());
        Assert.Equal(1, total.GetProperty("listings").GetInt32());
        Assert.Equal(site.BaseUrl.Authority, json.RootElement.GetProperty("hosts")[0].GetProperty("host").GetString());
        Assert.Equal("NewsCorrelate/1.0 (+mailto:desk@example.invalid)", json.RootElement.GetProperty("userAgent").GetString());
        using var store = ArticleStore.Open(db);
        Assert.Equal(6, store.Count);
    }

    [Fact]
    public void Scrape_text_prints_a_table_per_host_and_the_failure_reasons()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("scrape", site.Url("/articles/a01").AbsoluteUri, site.Url("/missing").AbsoluteUri, "--db", temp.File("s.db"), "--delay", "0", "--max-depth", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Scrape summary", run.Out);
        Assert.Contains(site.BaseUrl.Authority, run.Out);
        Assert.Contains("1 x HTTP 404 (e.g. " + site.Url("/missing").AbsoluteUri + ")", run.Out);
        Assert.Contains("1 new articles", run.Out);
    }

    [Fact]
    public void A_list_file_with_a_bad_line_is_refused_naming_file_and_line()
    {
        using var temp = new TempFolder();
        var list = temp.File("sources.txt");
        File.WriteAllLines(list, ["# my sources", site.Url("/feed.xml").AbsoluteUri, "not a url or file"]);
        var run = CliRun.Of("scrape", list, "--db", temp.File("s.db"), "--delay", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{list}:3: 'not a url or file' is neither an http(s) URL nor an existing file or folder", run.Error);
        Assert.False(File.Exists(temp.File("s.db"))); // nothing was started, the store not even created
    }

    [Theory]
    [InlineData("--topic", "OR")]
    [InlineData("--max-pages", "0")]
    [InlineData("--delay", "-1")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("scrape", site.Url("/").AbsoluteUri, option, value, "--db", temp.File("s.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void When_nothing_can_be_fetched_the_exit_code_says_so()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("scrape", site.Url("/missing").AbsoluteUri, "--db", temp.File("s.db"), "--delay", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("HTTP 404", run.Out);
    }

    [Fact]
    public void Saved_pages_in_a_folder_are_scraped_like_a_site()
    {
        using var temp = new TempFolder();
        var pages = Path.Combine(Repo.Root, "tests", "NewsCorrelate.Tests", "TestData", "pages");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages, "manifest.json")));
        var labelled = manifest.RootElement.EnumerateArray().ToList();
        var run = CliRun.Of("scrape", pages, "--db", temp.File("s.db"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(labelled.Count, total.GetProperty("fetched").GetInt32());
        Assert.Equal(labelled.Count(p => !p.GetProperty("article").GetBoolean()), total.GetProperty("notArticles").GetInt32());
        // Saved files carry no URL, so a page dated only by its URL is left out as undated.
        Assert.Equal(labelled.Count(p => p.GetProperty("article").GetBoolean()),
            total.GetProperty("newArticles").GetInt32() + total.GetProperty("undated").GetInt32() + total.GetProperty("duplicates").GetInt32());
        Assert.Equal("local files", json.RootElement.GetProperty("hosts")[0].GetProperty("host").GetString());
    }
}
