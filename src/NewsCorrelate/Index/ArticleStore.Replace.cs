using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>Giving a stored story a better representative.</summary>
public sealed partial class ArticleStore
{
    /// <summary>Replaces the stored article with <paramref name="better"/>'s id by <paramref name="better"/> (another
    /// page of the same story that represents it better, such as the original of a stored syndicated copy) and keeps
    /// the replaced page as one of the story's sources (its URL, outlet and date), in one transaction: both are written
    /// or neither. The id stays, so tags, labels, links, sources and crawl-ledger entries still point at the story; the
    /// article is to be classified again when its words changed. A source record of <paramref name="better"/>'s own URL
    /// is dropped: that page is the article now.</summary>
    /// <exception cref="KeyNotFoundException">No article has this id.</exception>
    /// <exception cref="InvalidOperationException">The stored article has no URL, so it could not be kept as a source.</exception>
    public void ReplaceKeepingSource(Article better)
    {
        ArgumentNullException.ThrowIfNull(better);
        var digests = new ArticleDigests([better]);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            string url, source, published;
            using (var read = Command("SELECT url, source, published FROM articles WHERE id = $p", tx))
            {
                read.Parameters.AddWithValue("$p", better.Id.Value);
                using var r = read.ExecuteReader();
                if (!r.Read()) throw new KeyNotFoundException($"No article with id '{better.Id}'.");
                if (r.IsDBNull(0))
                    throw new InvalidOperationException($"Article '{better.Id}' has no URL, so it cannot be kept as a source of the page replacing it.");
                (url, source, published) = (r.GetString(0), r.GetString(1), r.GetString(2));
            }
            using (var writer = new ArticleWriter(_connection, tx, Now()))
            {
                writer.Upsert(better, digests[0]);
                writer.Finish();
            }
            WriteSource(better.Id, url, source, published, tx);
            using (var own = Command("DELETE FROM article_sources WHERE article_id = $id AND url = $own", tx))
            {
                own.Parameters.AddWithValue("$id", better.Id.Value);
                own.Parameters.AddWithValue("$own", (object?)better.Url ?? DBNull.Value);
                own.ExecuteNonQuery();
            }
            tx.Commit();
            Checkpointer()?.Nudge();
        }
    }
}
