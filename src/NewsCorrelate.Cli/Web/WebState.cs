using NewsCorrelate.Index;

namespace NewsCorrelate.Cli.Web;

/// <summary>What every endpoint shares: the store (thread-safe), the CLI context (environment, clock) and the
/// background training job.</summary>
internal sealed record WebState(ArticleStore Store, CliContext Context, TrainingJob Training)
{
    /// <summary>A fresh composition root over the shared store (cheap).</summary>
    public Engine Engine() => new(Store);
}
