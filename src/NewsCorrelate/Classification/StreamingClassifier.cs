namespace NewsCorrelate.Classification;

/// <summary>Classifies a stream of items in fixed-size batches across cores and yields the results in input order.
/// Only one batch is held at a time, so memory stays flat however long the stream is.</summary>
public static class StreamingClassifier
{
    public const int BatchSize = 512;

    /// <param name="items">The items, read lazily.</param>
    /// <param name="inputOf">The article of an item, or null for an item to pass through unclassified (e.g. a bad line).</param>
    /// <param name="model">The model.</param>
    /// <param name="maxParallelism">Threads to use; the output does not depend on it.</param>
    public static IEnumerable<(T Item, ArticleClassification? Result)> Classify<T>(IEnumerable<T> items, Func<T, ClassifierInput?> inputOf, ClassifierModel model, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(inputOf);
        ArgumentNullException.ThrowIfNull(model);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism };
        foreach (var batch in items.Chunk(BatchSize))
        {
            var results = new ArticleClassification?[batch.Length];
            Parallel.For(0, batch.Length, options, i =>
            {
                if (inputOf(batch[i]) is { } input) results[i] = model.Classify(input);
            });
            for (var i = 0; i < batch.Length; i++) yield return (batch[i], results[i]);
        }
    }
}
