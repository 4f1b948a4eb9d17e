namespace NewsCorrelate.Classification;

/// <summary>Classifies a stream of items in fixed-size batches across cores and yields the results in input order.
/// The caller's thread reads the next batch, and consumes the previous batch's results, while the cores classify the
/// current one, so reading (parsing, generating, loading from the store) and writing the results do not leave the
/// cores idle. At most three batches are held at a time (being read, being classified, being consumed), so memory
/// stays flat however long the stream is. The items are read and the results yielded on the caller's thread only,
/// in the same order as a one-batch-at-a-time loop would, each batch read before the previous one's results are
/// consumed.</summary>
public static class StreamingClassifier
{
    public const int BatchSize = 512;

    /// <param name="items">The items, read lazily.</param>
    /// <param name="inputOf">The article of an item, or null for an item to pass through unclassified (e.g. a bad line).</param>
    /// <param name="model">The model.</param>
    /// <param name="maxParallelism">Threads to use for classifying; the output does not depend on it.</param>
    public static IEnumerable<(T Item, ArticleClassification? Result)> Classify<T>(IEnumerable<T> items, Func<T, ClassifierInput?> inputOf, ClassifierModel model, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(inputOf);
        ArgumentNullException.ThrowIfNull(model);
        return Pipeline(items, inputOf, model, maxParallelism);
    }

    private static IEnumerable<(T Item, ArticleClassification? Result)> Pipeline<T>(IEnumerable<T> items, Func<T, ClassifierInput?> inputOf, ClassifierModel model, int maxParallelism)
    {
        using var stop = new CancellationTokenSource();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = stop.Token };
        using var batches = items.Chunk(BatchSize).GetEnumerator();
        if (!batches.MoveNext()) yield break;
        var batch = batches.Current;
        var running = Start(batch, inputOf, model, options);
        try
        {
            while (true)
            {
                // read the next batch while this one is classified
                var next = batches.MoveNext() ? batches.Current : null;
                var results = running.GetAwaiter().GetResult();
                var done = batch;
                if (next is not null) (batch, running) = (next, Start(next, inputOf, model, options));
                for (var i = 0; i < done.Length; i++) yield return (done[i], results[i]);
                if (next is null) yield break;
            }
        }
        finally
        {
            // the consumer stopped early or reading failed: stop the batch in flight and let it end before returning
            if (!running.IsCompleted)
            {
                stop.Cancel();
                try { running.Wait(); }
                catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
            }
        }
    }

    private static Task<ArticleClassification?[]> Start<T>(T[] batch, Func<T, ClassifierInput?> inputOf, ClassifierModel model, ParallelOptions options) =>
        Task.Run(() =>
        {
            var results = new ArticleClassification?[batch.Length];
            Parallel.For(0, batch.Length, options, i =>
            {
                if (inputOf(batch[i]) is { } input) results[i] = model.Classify(input);
            });
            return results;
        });
}
