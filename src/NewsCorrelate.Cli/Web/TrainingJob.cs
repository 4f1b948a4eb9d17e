using System.Text.Json.Nodes;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;

namespace NewsCorrelate.Cli.Web;

/// <summary>One retraining at a time, in the background, on the analyst's labels kept in the store (as <c>train</c>
/// without --labels). The model goes next to the store as <see cref="FileName"/>; the shipped model is never
/// overwritten. Thread-safe.</summary>
internal sealed class TrainingJob(ArticleStore store, CliContext context)
{
    public const string FileName = "analyst-model.ncm";

    private readonly Lock gate = new();
    private readonly Lazy<ClassifierModel?> current = new(() => ModelFile.Load(ModelPaths.Default(context)).Model);
    private string state = "idle";
    private string? error;
    private DateTimeOffset? started, finished;
    private ClassifierModel? trained;

    /// <summary>Where the retrained model is written.</summary>
    public string OutputPath { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Path)) ?? ".", FileName);

    /// <summary>The model the CLI loads by default (null when missing or unreadable).</summary>
    public ClassifierModel? CurrentModel() => current.Value;

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

    /// <summary><c>{"state": "idle|running|done|failed", "error", "startedAt", "finishedAt", "output", "current": model
    /// summary, "trained": model summary}</c>; summaries have the shape of <c>train --json</c>.</summary>
    public object Status()
    {
        lock (gate)
        {
            var now = current.Value;
            return new
            {
                state,
                error,
                startedAt = started,
                finishedAt = finished,
                output = OutputPath,
                current = now is null ? null : JsonNode.Parse(ModelJson.Summary(now, ModelPaths.Default(context))),
                trained = trained is null ? null : JsonNode.Parse(ModelJson.Summary(trained, OutputPath)),
            };
        }
    }
}
