namespace NewsCorrelate.Index.Import;

/// <summary>Writes read articles into a store in batches, one transaction per batch. A rejected record never stops
/// the rest; in strict mode the input is validated first and any rejection aborts with nothing written.</summary>
public static class ArticleImporter
{
    public const int DefaultBatchSize = 1000;

    /// <param name="items">Re-enumerable in strict mode (it is read twice: validate, then write).</param>
    /// <param name="progress">Called after each batch with the number of records handled so far.</param>
    public static ImportSummary Import(ArticleStore store, IEnumerable<ImportItem> items, bool strict = false,
        int batchSize = DefaultBatchSize, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (strict)
        {
            var bad = items.Where(i => i.Article is null).Select(i => new ImportRejection(i.Location, i.Reason!)).ToList();
            if (bad.Count > 0) return new ImportSummary(0, 0, 0, bad, Aborted: true);
        }
        int added = 0, updated = 0, skipped = 0, handled = 0;
        var rejections = new List<ImportRejection>();
        var batch = new List<Domain.Article>(batchSize);
        void Flush()
        {
            if (batch.Count == 0) return;
            foreach (var outcome in store.Upsert(batch))
            {
                switch (outcome)
                {
                    case UpsertOutcome.Added: added++; break;
                    case UpsertOutcome.Updated: updated++; break;
                    default: skipped++; break;
                }
            }
            batch.Clear();
            progress?.Invoke(handled);
        }
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            handled++;
            if (item.Article is null) rejections.Add(new ImportRejection(item.Location, item.Reason!));
            else batch.Add(item.Article);
            if (batch.Count >= batchSize) Flush();
        }
        Flush();
        progress?.Invoke(handled);
        return new ImportSummary(added, updated, skipped, rejections, Aborted: false);
    }
}
