using System.Text.Json;
using NewsCorrelate.Classification;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

/// <summary>The train, evaluate and classify verbs, run in-process over files in a temporary folder.</summary>
public sealed class ClassifierVerbTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nc-verbs-");

    public void Dispose() => dir.Delete(true);

    private string File(string name, string content)
    {
        var path = Path.Combine(dir.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static string Jsonl(IEnumerable<LabelledArticle> articles) =>
        string.Concat(articles.Select(a => JsonSerializer.Serialize(new { id = a.Article.Id, title = a.Article.Title, text = a.Article.Text, source = "test" }) + "\n"));

    private static string Csv(IEnumerable<LabelledArticle> articles) =>
        "article_id,tags\n" + string.Concat(articles.Select(a => $"{a.Article.Id},{string.Join(";", a.Tags.Select(t => t.Name).Order())}\n"));

    private (string Articles, string Labels, string Model) Trained()
    {
        var samples = Samples.Articles(60);
        var articles = File("articles.jsonl", Jsonl(samples));
        var labels = File("labels.csv", Csv(samples));
        var model = Path.Combine(dir.FullName, "m.ncm");
        var run = CliRun.Of("train", "--labels", labels, "--articles", articles, "--out", model, "--folds", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        return (articles, labels, model);
    }

    [Fact]
    public void Train_prints_cross_validated_metrics_and_writes_the_same_model_each_time()
    {
        var samples = Samples.Articles(60);
        var articles = File("articles.jsonl", Jsonl(samples));
        var labels = File("labels.csv", Csv(samples));
        var first = Path.Combine(dir.FullName, "first.ncm");
        var second = Path.Combine(dir.FullName, "second.ncm");
        var run = CliRun.Of("train", "--labels", labels, "--articles", articles, "--out", first, "--folds", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3-fold cross-validated", run.Out);
        Assert.Contains("macro avg", run.Out);
        Assert.Contains("controls_tightened", run.Out);
        Assert.Contains($"Wrote {first} (version nc-", run.Out);
        Assert.Equal(0, CliRun.Of("train", "--labels", labels, "--articles", articles, "--out", second, "--folds", "3").ExitCode);
        Assert.Equal(System.IO.File.ReadAllBytes(first), System.IO.File.ReadAllBytes(second));
        Assert.True(ModelFile.Load(first).Success);
    }

    [Fact]
    public void Train_names_unknown_ids_and_malformed_rows_by_line()
    {
        var samples = Samples.Articles(60);
        var articles = File("articles.jsonl", Jsonl(samples));
        var labels = File("labels.csv", Csv(samples) + "zz-404,truce\nbad,row,here\n");
        var run = CliRun.Of("train", "--labels", labels, "--articles", articles, "--out", Path.Combine(dir.FullName, "x.ncm"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{labels}:62: unknown article id 'zz-404'", run.Error);
        Assert.Contains($"{labels}:63: malformed row", run.Error);
        Assert.False(System.IO.File.Exists(Path.Combine(dir.FullName, "x.ncm")));
    }

    [Fact]
    public void Train_refuses_a_tag_with_too_few_examples_and_says_how_many_are_needed()
    {
        var samples = Samples.Articles(60).Take(15).ToList();
        var run = CliRun.Of("train", "--labels", File("l.csv", Csv(samples)), "--articles", File("a.jsonl", Jsonl(samples)), "--out", Path.Combine(dir.FullName, "x.ncm"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tag 'controls_tightened' has 3 labelled article(s); at least 10 are needed", run.Error);
    }

    [Fact]
    public void Classify_text_prints_tags_probabilities_and_evidence()
    {
        var (_, _, model) = Trained();
        var run = CliRun.Of("classify", "--model", model, "--text", "Freight rates across the Pacific eased slightly. Beijing banned exports of rare-earth processing technology.");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("text: controls_tightened", run.Out);
        Assert.Contains("controls_tightened: \"Beijing banned exports of rare-earth processing technology.\"", run.Out);
    }

    [Fact]
    public void Classify_input_keeps_ids_and_order_in_json_lines_and_reports_bad_lines()
    {
        var (_, _, model) = Trained();
        var input = File("new.jsonl",
            "{\"id\":\"n-2\",\"title\":\"Deal\",\"text\":\"The two sides agreed to pause tariffs for ninety days.\",\"extra\":1}\n" +
            "not json\n" +
            "{\"id\":\"n-1\",\"text\":\"A new mine in Australia began commercial production. Prices for neodymium oxide were little changed in thin trading. The port handled more containers than a year earlier.\"}\n");
        var run = CliRun.Of("classify", "--model", model, "--input", input, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"skipped {input}:2: not valid JSON", run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["n-2", "n-1"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("truce", lines[0].GetProperty("tags")[0].GetProperty("tag").GetString());
        Assert.True(lines[1].GetProperty("tags").GetArrayLength() == 0, lines[1].ToString());
        Assert.StartsWith("nc-", lines[0].GetProperty("model").GetString());
        Assert.Equal(3, lines[1].GetProperty("scores").EnumerateObject().Count());
    }

    [Fact]
    public void Evaluate_reports_metrics_of_an_existing_model_as_json()
    {
        var (articles, labels, model) = Trained();
        var run = CliRun.Of("evaluate", "--model", model, "--labels", labels, "--articles", articles, "--json");
        Assert.Equal(0, run.ExitCode);
        var e = JsonDocument.Parse(run.Out).RootElement.GetProperty("evaluation");
        Assert.Equal(60, e.GetProperty("articles").GetInt32());
        Assert.True(e.GetProperty("macro").GetProperty("f1").GetDouble() > 0.8);
    }

    [Fact]
    public void A_corrupt_model_is_refused_with_its_path()
    {
        var (_, _, model) = Trained();
        var bytes = System.IO.File.ReadAllBytes(model);
        System.IO.File.WriteAllBytes(model, bytes[..(bytes.Length / 2)]);
        var run = CliRun.Of("classify", "--model", model, "--text", "anything");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {model}: truncated", run.Error);
    }
}
