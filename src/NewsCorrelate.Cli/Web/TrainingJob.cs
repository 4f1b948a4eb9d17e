using System.Text.Json.Nodes;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;

namespace NewsCorrelate.Cli.Web;

/// <summary>One retraining at a time, in the background, on the analyst's labels kept in the store (as <c>train</c>
/// without --labels). The model goes next to the store as <see cref="FileName"/>; the shipped model is never
/// overwritten. Once trained, <see cref="TryApply"/> re-tags every stored article with it (as <c>tag --all --model</c>),
/// after which it is the model the page reports as current. Thread-safe.</summary>
internal sealed class TrainingJob(ArticleStore store, CliContext context)
{
    public const string FileName = "analyst-model.ncm";

    private readonly Lock gate = new();
    private readonly Lazy<ClassifierModel?> shipped = new(() => ModelFile.Load(ModelPaths.Default(context)).Model);
    private string state = "idle";
    private string? error;
    private DateTimeOffset? started, finished;
    private ClassifierModel? trained;
    private (ClassifierModel Model, string Path, TagRun Run)? applied;

    /// <summary>Where the retrained model is written.</summary>
    public string OutputPath { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Path)) ?? ".", FileName);

    /// <summary>The model whose tags the store holds: the retrained one once applied, else the one the CLI loads by
    /// default (null when missing or unreadable).</summary>
    public ClassifierModel? CurrentModel()
    {
        lock (gate) return applied?.Model ?? shipped.Value;
    }

    /// <summary>Starts a run unless one is going; false when one is.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (state == "running") return false;
            (state, error, started, finished, trained) = ("running", null, context.Time.GetUtcNow(), null, null);
        }
        _ = Task.Run(Run);
        return true;
    }

    /// <summary>Starts re-tagging every stored article with the retrained model; false (with the reason) when there is
    /// no retrained model yet or a run is going.</summary>
    public bool TryApply(out string? refusal)
    {
        ClassifierModel model;
        lock (gate)
        {
            refusal = state is "running" or "applying" ? $"a run is going ({state})" : trained is null ? "there is no retrained model to apply yet: retrain first" : null;
            if (refusal is not null) return false;
            model = trained!;
            (state, error, started, finished) = ("applying", null, context.Time.GetUtcNow(), null);
        }
        _ = Task.Run(() =>
        {
            try
            {
                var run = new Engine(store).Tag(model, all: true);
                lock (gate) (state, applied, finished) = ("applied", (model, OutputPath, run), context.Time.GetUtcNow());
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or Microsoft.Data.Sqlite.SqliteException)
            {
                lock (gate) (state, error, finished) = ("failed", "re-tagging failed: " + e.Message, context.Time.GetUtcNow());
            }
        });
        return true;
    }

    private async Task Run()
    {
        try
        {
            var labelled = Labelled();
            var options = new TrainingOptions();
            var problems = ClassifierTrainer.Problems(labelled, options);
            if (problems.Count > 0) throw new CliException("cannot train: " + string.Join("; ", problems));
            var model = ClassifierTrainer.Train(labelled, options);
            await ModelFile.SaveAsync(model, OutputPath, CancellationToken.None);
            lock (gate) (state, trained, finished) = ("done", model, context.Time.GetUtcNow());
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            lock (gate) (state, error, finished) = ("failed", e.Message, context.Time.GetUtcNow());
        }
    }

    private IReadOnlyList<LabelledArticle> Labelled()
    {
        var rows = store.AllLabels().Select((l, i) => (LabelledData.StoreLabels, new LabelRow(l.Id, l.Tags.ToHashSet(), i + 1)));
        var joined = LabelledSet.Join(rows, new Dictionary<string, (ClassifierInput, DateOnly?, string, int)>(), null,
            id => store.Get(id) is { } a ? (new ClassifierInput(a.Id.Value, a.Title, a.Text), a.Published.Date) : null);
        if (joined.Errors.Count > 0) throw new CliException(LabelledData.Describe(joined.Errors));
        if (joined.Articles.Count == 0) throw new CliException("no labels in the store yet: label some articles first");
        return joined.Articles;
    }

    /// <summary><c>{"state": "idle|running|done|applying|applied|failed", "error", "startedAt", "finishedAt", "output",
    /// "current": model summary, "trained": model summary, "applied": {"articles", "tagged", "none"} or null}</c>;
    /// summaries have the shape of <c>train --json</c>; "current" is the model whose tags the store holds.</summary>
    public object Status()
    {
        lock (gate)
        {
            var now = applied?.Model ?? shipped.Value;
            var path = applied?.Path ?? ModelPaths.Default(context);
            return new
            {
                state,
                error,
                startedAt = started,
                finishedAt = finished,
                output = OutputPath,
                current = now is null ? null : JsonNode.Parse(ModelJson.Summary(now, path)),
                trained = trained is null ? null : JsonNode.Parse(ModelJson.Summary(trained, OutputPath)),
                applied = applied is { Run: var run } ? new { articles = run.Classified, tagged = run.Classified - run.WithoutTag, none = run.WithoutTag } : null,
            };
        }
    }
}
