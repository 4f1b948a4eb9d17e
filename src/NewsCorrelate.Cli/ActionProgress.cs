namespace NewsCorrelate.Cli;

/// <summary>An <see cref="IProgress{T}"/> that runs its action at once, one report at a time (reports may come from
/// several threads).</summary>
internal sealed class ActionProgress<T>(Action<T> action) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate) action(value);
    }
}
