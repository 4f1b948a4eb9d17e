using System.Text.Json;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

/// <summary>volumes, ask and explain on a store filled with the shipped corpus (articles, series, volumes).</summary>
public sealed class VolumesAndAskVerbTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly Dictionary<string, string?> env;
    private readonly string db;

    public VolumesAndAskVerbTests()
    {
        env = new Dictionary<string, string?> { ["NEWSCORRELATE_CORPUS"] = Repo.Corpus };
        db = temp.File("store.db");
        Assert.Equal(0, Run("init", "--with-corpus").ExitCode);
    }

    public void Dispose() => temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.With(env, [.. args, "--db", db]);

    [Fact]
    public void Ask_finds_the_November_drop_of_the_US_series_with_its_data_reports()
    {
        var run = Run("ask", "what explained the November drop");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CN-magnets-US fell in November 2025", run.Out);
        Assert.Contains("581.8 t, from 656 t", run.Out);
        Assert.Contains("Rose instead", run.Out);
        Assert.Contains("post-truce normalisation", run.Out);
    }

    [Fact]
    public void Ask_json_has_the_move_the_reports_and_article_ids()
    {
        var run = Run("ask", "what explained the November drop", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("CN-magnets-US", root.GetProperty("series").GetProperty("name").GetString());
        Assert.Equal("2025-11", root.GetProperty("move").GetProperty("month").GetString());
        Assert.Equal("down", root.GetProperty("move").GetProperty("direction").GetString());
        var ids = root.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(ids, id => id!.StartsWith("ncb-202512-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_November_answer_cites_the_normalisation_reporting_the_October_spike_and_tagged_news_both_ways()
    {
        var root = JsonDocument.Parse(Run("ask", "what explained the November drop", "--json").Out).RootElement;

        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Contains(reports, r => r.GetProperty("title").GetString()!.Contains("normalisation", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(reports, r => r.GetProperty("evidence").EnumerateArray().Any(e => e.GetString()!.Contains("656", StringComparison.Ordinal)));
        Assert.Contains("post-truce normalisation", root.GetProperty("summary").GetString());
        Assert.NotEqual(0, root.GetProperty("drivers").GetArrayLength());
        Assert.NotEqual(0, root.GetProperty("counterEvidence").GetArrayLength());
        Assert.All(root.GetProperty("drivers").EnumerateArray(), d => Assert.Equal("controls_tightened", d.GetProperty("tag").GetString()));
    }

    [Fact]
    public void The_May_2025_collapse_is_explained_first_by_the_April_4_licensing_regime()
    {
        var root = JsonDocument.Parse(Run("ask", "what explained the May 2025 collapse", "--json").Out).RootElement;

        Assert.Equal("2025-05", root.GetProperty("move").GetProperty("month").GetString());
        var top = root.GetProperty("drivers").EnumerateArray().Take(2).SelectMany(d => d.GetProperty("articles").EnumerateArray()).ToList();
        Assert.Contains(top, a => a.GetProperty("published").GetString() == "2025-04-04"
            && a.GetProperty("title").GetString()!.Contains("licens", StringComparison.OrdinalIgnoreCase));
        var firstReport = root.GetProperty("reports")[0];
        Assert.StartsWith("2025-06", firstReport.GetProperty("published").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_about_a_month_without_data_says_which_months_have_data()
    {
        var run = Run("ask", "what explained the drop in 2026-10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("months with data", run.Error);
        Assert.Contains("2026-03", run.Error);
    }

    [Fact]
    public void Explain_checks_its_series_and_month()
    {
        Assert.Equal(0, Run("explain", "--series", "US", "--month", "2025-05").ExitCode);
        var unknown = Run("explain", "--series", "Mars", "--month", "2025-05");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("CN-magnets-US", unknown.Error);
        var badMonth = Run("explain", "--series", "US", "--month", "May");
        Assert.Equal(1, badMonth.ExitCode);
        Assert.Contains("YYYY-MM", badMonth.Error);
        Assert.Equal(2, Run("explain", "--month", "2025-05").ExitCode);
    }

    [Fact]
    public void Asking_stores_the_links_so_search_can_filter_by_them()
    {
        Run("ask", "what explained the November drop");

        using var store = NewsCorrelate.Index.ArticleStore.Open(db);
        Assert.Contains(store.LinksOf(new NewsCorrelate.Domain.ArticleId("ncb-202512-13")), l => l.Month == new NewsCorrelate.Domain.Month(2025, 11) && l.Role == "report");
    }

    [Fact]
    public void Search_linked_lists_the_articles_an_answer_linked_to_that_month()
    {
        Assert.Equal(0, Run("search", "linked:2025-11", "--json").ExitCode);
        Assert.Equal(0, JsonDocument.Parse(Run("search", "linked:2025-11", "--json").Out).RootElement.GetProperty("total").GetInt32());

        Run("ask", "what explained the November drop");

        var linked = JsonDocument.Parse(Run("search", "linked:2025-11", "--limit", "100", "--json").Out).RootElement;
        var ids = linked.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Contains("ncb-202512-13", ids);
        Assert.Equal(["2025-11"], linked.GetProperty("filters").GetProperty("linked").EnumerateArray().Select(m => m.GetString()));
        var withWords = JsonDocument.Parse(Run("search", "normalisation linked:2025-11", "--json").Out).RootElement;
        Assert.Contains("ncb-202512-13", withWords.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        var bad = Run("search", "linked:November");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("linked:2025-11", bad.Error);
    }

    [Fact]
    public void Volumes_import_reports_bad_rows_by_line_and_writes_nothing()
    {
        var csv = temp.File("bad.csv");
        File.WriteAllLines(csv, ["month,series,value", "2027-01,S,5", "2027-13,S,6", "2027-03,S,-1"]);

        var run = Run("volumes", "import", csv);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv:3: '2027-13' is not a month", run.Error);
        Assert.Contains("bad.csv:4: value -1 is negative", run.Error);
        Assert.DoesNotContain("S", Run("volumes", "show").Out.Split('\n').Select(l => l.Trim('│', ' ').Split(' ')[0]));
    }

    [Fact]
    public void Volumes_import_then_show_and_figures()
    {
        var csv = temp.File("mine.csv");
        File.WriteAllLines(csv, ["month,series,value,unit,source", "2027-01,MY-series,5,t,me", "2027-02,MY-series,7,t,me"]);

        var import = Run("volumes", "import", csv);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("2 added", import.Out);
        Assert.Contains("+40.0%", Run("volumes", "show", "MY-series").Out);
        var figures = Run("volumes", "figures", "--series", "US", "--json");
        Assert.Equal(0, figures.ExitCode);
        var all = JsonDocument.Parse(figures.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(all, f => f.GetProperty("period").GetString() == "2025-11" && f.GetProperty("verdict").GetString() == "corroborated");
        Assert.DoesNotContain(all, f => f.GetProperty("verdict").GetString() == "conflicting");
    }
}
