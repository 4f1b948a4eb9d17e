using System.Text.Json;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

public class StoreVerbTests
{
    private const string Good1 = """{"id":"a-1","title":"Magnet exports fall","published":"2025-11-20","source":"Wire","text":"Exports of magnets fell sharply in November.","junk":1}""";
    private const string Good2 = """{"id":"a-2","title":"Truce holds","published":"2025-10-02","source":"Blog","text":"The truce held through October."}""";

    [Fact]
    public void Import_keeps_good_lines_lists_bad_ones_with_file_and_line_and_is_idempotent()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var file = temp.File("in.jsonl");
        File.WriteAllLines(file, [Good1, "{broken", Good2, """{"title":"No text","published":"2025-11"}"""]);

        var first = CliRun.Of("import", file, "--db", db);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("2 added, 0 updated, 0 skipped as duplicate, 2 rejected", first.Out);
        Assert.Contains($"{file}:2: not valid JSON", first.Error);
        Assert.Contains($"{file}:4: missing 'text'", first.Error);

        var again = CliRun.Of("import", file, "--db", db, "--json");
        using var json = JsonDocument.Parse(again.Out);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("rejections").GetArrayLength());
        Assert.Equal($"{file}:2", json.RootElement.GetProperty("rejections")[0].GetProperty("location").GetString());

        File.WriteAllLines(file, [Good1.Replace("fell sharply", "fell", StringComparison.Ordinal)]);
        var changed = CliRun.Of("import", file, "--db", db);
        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("0 added, 1 updated", changed.Out);
    }

    [Fact]
    public void Strict_import_writes_nothing_when_a_line_is_bad()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var file = temp.File("in.jsonl");
        File.WriteAllLines(file, [Good1, Good2, "{broken"]);
        var run = CliRun.Of("import", file, "--strict", "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was written", run.Error);
        using var stats = JsonDocument.Parse(CliRun.Of("stats", "--json", "--db", db).Out);
        Assert.Equal(0, stats.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Search_and_stats_give_documented_json()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var file = temp.File("in.jsonl");
        File.WriteAllLines(file, [Good1, Good2]);
        var env = new Dictionary<string, string?> { ["NEWSCORRELATE_DB"] = db };
        Assert.Equal(0, CliRun.With(env, "import", file).ExitCode);

        var search = CliRun.With(env, "search", "magnets OR truce", "--limit", "1", "--json");
        Assert.Equal(0, search.ExitCode);
        using var s = JsonDocument.Parse(search.Out);
        Assert.Equal(2, s.RootElement.GetProperty("total").GetInt32());
        var hit = Assert.Single(s.RootElement.GetProperty("hits").EnumerateArray());
        foreach (var field in (string[])["id", "title", "source", "published", "month", "score", "snippet"])
            Assert.True(hit.TryGetProperty(field, out _), field);
        Assert.Equal(2, s.RootElement.GetProperty("facets").GetProperty("months").GetArrayLength());

        using var stats = JsonDocument.Parse(CliRun.With(env, "stats", "--json").Out);
        Assert.Equal(2, stats.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal("2025-10", stats.RootElement.GetProperty("months")[0].GetProperty("month").GetString());
        Assert.Equal(2, stats.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void A_malformed_query_is_a_clear_message_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("search", "rare \"earth", "--db", temp.File("s.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unclosed quote at column 6", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_option_search_does_not_have_is_a_usage_error_not_a_search_word()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("search", "magnets", "--monht", "2025-11", "--db", temp.File("s.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("search has no option '--monht'", run.Error);
    }

    [Fact]
    public void A_bad_option_value_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("search", "x", "--month", "2025-13", "--db", temp.File("s.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--month '2025-13' is not a month", run.Error);
    }

    [Fact]
    public void A_foreign_file_is_refused_by_name()
    {
        using var temp = new TempFolder();
        var path = temp.File("photo.db");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("not a database at all\n", 100)));
        var run = CliRun.Of("stats", "--db", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, run.Error);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("search")]
    [InlineData("stats")]
    [InlineData("init")]
    public void Every_store_verb_has_help_with_examples(string verb)
    {
        var run = CliRun.Of(verb, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out);
        Assert.Contains("newscorrelate " + verb, run.Out);
    }
}
