using System.Text.Json;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

/// <summary>The verbs that tie the classifier to the store: tag, label, labels export, suggest, and train on the
/// labels kept in the store.</summary>
public sealed class StoreClassifierVerbTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly string db;
    private readonly string model;
    private readonly List<LabelledArticle> samples = Samples.Articles(60);

    public StoreClassifierVerbTests()
    {
        db = temp.File("s.db");
        model = temp.File("m.ncm");
        File.WriteAllBytes(model, ModelFile.ToBytes(Samples.Model));
        using var store = ArticleStore.Open(db);
        store.Upsert(samples.Select(s => new Article(new ArticleId(s.Article.Id), null, null, "test", s.Article.Title,
            PublishedDate.OnDay(s.Published!.Value), s.Article.Text, ArticleOrigin.Imported)));
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Tag_records_tags_with_evidence_and_model_version_then_classifies_nothing_again_until_all()
    {
        var first = CliRun.Of("tag", "--db", db, "--model", model);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Tagged 60 article(s)", first.Out);
        var withTruce = samples.First(s => s.Tags.SetEquals([Tag.Truce]));
        using (var store = ArticleStore.Open(db))
        {
            var tags = store.GetTags(new ArticleId(withTruce.Article.Id));
            var truce = Assert.Single(tags);
            Assert.Equal(Tag.Truce, truce.Tag);
            Assert.Equal(Samples.Model.Version, truce.ModelVersion);
            Assert.Contains(truce.Evidence[0], withTruce.Article.Text);
        }
        // the articles given no tag were classified too: a second run has nothing to do
        var second = CliRun.Of("tag", "--db", db, "--model", model, "--json");
        Assert.Equal(0, JsonDocument.Parse(second.Out).RootElement.GetProperty("classified").GetInt32());
        Assert.Contains("every article has been classified", CliRun.Of("tag", "--db", db, "--model", model).Out);
        Assert.Contains("Tagged 60 article(s)", CliRun.Of("tag", "--all", "--db", db, "--model", model).Out);
    }

    [Fact]
    public void Label_keeps_an_analysts_labels_and_labels_export_writes_them_as_a_label_file()
    {
        Assert.Equal(0, CliRun.Of("label", "a-001", "--tags", "truce;concession", "--db", db).ExitCode);
        Assert.Equal(0, CliRun.Of("label", "a-002", "--tags", "", "--db", db).ExitCode);
        var missing = CliRun.Of("label", "zz-9", "--tags", "truce", "--db", db);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no article with id 'zz-9'", missing.Error);
        Assert.Contains("'Truce!' is not a valid tag name", CliRun.Of("label", "a-001", "--tags", "Truce!", "--db", db).Error);

        var file = temp.File("labels.csv");
        Assert.Equal(0, CliRun.Of("labels", "export", file, "--db", db).ExitCode);
        var read = LabelFile.Read(file);
        Assert.Empty(read.Errors);
        Assert.Equal(["a-001:concession;truce", "a-002:"], read.Rows.Select(r => $"{r.ArticleId}:{string.Join(";", r.Tags.Select(t => t.Name).Order())}"));
    }

    [Fact]
    public void Suggest_ranks_unlabelled_articles_by_uncertainty()
    {
        Assert.Equal(0, CliRun.Of("label", "a-000", "--tags", "", "--db", db).ExitCode);
        var run = CliRun.Of("suggest", "--limit", "5", "--db", db, "--model", model, "--json");
        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetString() == "a-000");
        var uncertainty = items.Select(i => i.GetProperty("uncertainty").GetDouble()).ToList();
        Assert.Equal(uncertainty.OrderDescending(), uncertainty);
    }

    [Fact]
    public void Train_without_a_label_file_learns_from_the_labels_kept_in_the_store()
    {
        using (var store = ArticleStore.Open(db))
            foreach (var s in samples) store.SetLabels(new ArticleId(s.Article.Id), s.Tags.ToList());
        var output = temp.File("from-store.ncm");
        var run = CliRun.Of("train", "--db", db, "--out", output, "--folds", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Trained on 60 articles", run.Out);
        Assert.Equal(60, ModelFile.Load(output).Model!.Training.Articles);
    }
}
