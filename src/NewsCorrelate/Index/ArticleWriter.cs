using Microsoft.Data.Sqlite;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>The prepared statements of one upsert batch, reused for every article of the batch. Call
/// <see cref="Finish"/> before committing: new articles' full-text entries are written there, in row-id order.</summary>
/// <remarks>FTS5 buffers new postings in memory only while row ids ascend; a row id below the previous one flushes
/// the buffer as a new segment. Articles arrive in any month order and the month is the high part of the row id, so
/// indexing them as they come wrote a tiny segment for about every other article and spent most of the ingest time
/// merging them. Sorted, a batch becomes one segment.</remarks>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _findHash;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _index;
    private readonly SqliteCommand _unclassify;
    private readonly SqliteCommand _next;
    private readonly SqliteCommand _delete;
    private readonly string _now;
    private readonly List<(long N, string Title, string Text)> _unindexed = [];
    /// <summary>The next free row id per month (by ordinal), read from the table at the batch's first insert into that
    /// month and counted up from there: one query per month of the batch instead of one per article. Row ids are only
    /// taken inside this transaction, so the count stays right.</summary>
    private readonly Dictionary<int, long> _nextRow = [];

    public ArticleWriter(SqliteConnection connection, SqliteTransaction tx, string now)
    {
        _now = now;
        _find = Make(connection, tx, "SELECT url, canonical_url, source, title, published, text, origin, n, month, added_at FROM articles WHERE id = $id", "$id");
        _next = Make(connection, tx, "SELECT coalesce(max(n) + 1, $lo) FROM articles WHERE n >= $lo AND n < $hi", "$lo", "$hi");
        _delete = Make(connection, tx, "DELETE FROM articles WHERE n = $n", "$n");
        _findHash = Make(connection, tx, "SELECT 1 FROM articles WHERE content_hash = $hash LIMIT 1", "$hash");
        const string fields = "$n, $added, $id, $url, $curl, $source, $title, $published, $precision, $month, $text, $hash, $origin, $now, $sim, $b0, $b1, $b2, $b3";
        var names = fields.Split(", ");
        _insert = Make(connection, tx, $"""
            INSERT INTO articles(n, id, url, canonical_url, source, title, published, precision, month, text, content_hash, origin, added_at, updated_at, simhash, sim_b0, sim_b1, sim_b2, sim_b3)
            VALUES ($n, $id, $url, $curl, $source, $title, $published, $precision, $month, $text, $hash, $origin, $added, $now, $sim, $b0, $b1, $b2, $b3)
            """, names);
        _index = Make(connection, tx, "INSERT INTO articles_fts(rowid, title, text) VALUES ($n, $title, $text)", "$n", "$title", "$text");
        _unclassify = Make(connection, tx, "DELETE FROM classified WHERE article_id = $id", "$id");
        _update = Make(connection, tx, """
            UPDATE articles SET url = $url, canonical_url = $curl, source = $source, title = $title, published = $published,
              precision = $precision, month = $month, text = $text, content_hash = $hash, origin = $origin, updated_at = $now,
              simhash = $sim, sim_b0 = $b0, sim_b1 = $b1, sim_b2 = $b2, sim_b3 = $b3
            WHERE id = $id
            """, names);
    }

    public UpsertOutcome Upsert(Article a, (string ContentHash, ulong SimHash) digest)
    {
        ArgumentNullException.ThrowIfNull(a);
        _find.Parameters[0].Value = a.Id.Value;
        long oldN;
        string added;
        using (var r = _find.ExecuteReader())
        {
            if (!r.Read())
            {
                r.Close();
                _findHash.Parameters[0].Value = digest.ContentHash;
                if (_findHash.ExecuteScalar() is not null) return UpsertOutcome.Duplicate;
                Insert(a, _now, digest);
                return UpsertOutcome.Added;
            }
            var same = Equal(r, 0, a.Url) && Equal(r, 1, a.CanonicalUrl) && r.GetString(2) == a.Source && r.GetString(3) == a.Title
                && r.GetString(4) == a.Published.ToString() && r.GetString(5) == a.Text && r.GetInt32(6) == (int)a.Origin;
            if (same) return UpsertOutcome.Unchanged;
            if (r.GetString(3) != a.Title || r.GetString(5) != a.Text)
            {
                // new words: the article is to be classified again ('tag' picks it up)
                _unclassify.Parameters[0].Value = a.Id.Value;
                _unclassify.ExecuteNonQuery();
            }
            if (r.GetInt32(8) == a.Month.Ordinal)
            {
                r.Close();
                // The update trigger deletes the old full-text entries, which must exist by then.
                Finish();
                Bind(_update, a, digest);
                _update.ExecuteNonQuery();
                return UpsertOutcome.Updated;
            }
            oldN = r.GetInt64(7);
            added = r.GetString(9);
        }
        // The month is part of the row id: move the row (the delete trigger drops its old index entries).
        Finish();
        _delete.Parameters[0].Value = oldN;
        _delete.ExecuteNonQuery();
        Insert(a, added, digest);
        return UpsertOutcome.Updated;
    }

    /// <summary>Writes the full-text entries of the articles inserted so far, in row-id order. Idempotent; must run
    /// before the transaction commits.</summary>
    public void Finish()
    {
        _unindexed.Sort((x, y) => x.N.CompareTo(y.N));
        foreach (var (n, title, text) in _unindexed)
        {
            _index.Parameters[0].Value = n;
            _index.Parameters[1].Value = title;
            _index.Parameters[2].Value = text;
            _index.ExecuteNonQuery();
        }
        _unindexed.Clear();
    }

    private void Insert(Article a, string addedAt, (string ContentHash, ulong SimHash) digest)
    {
        if (!_nextRow.TryGetValue(a.Month.Ordinal, out var n))
        {
            _next.Parameters[0].Value = ArticleRowId.First(a.Month);
            _next.Parameters[1].Value = ArticleRowId.End(a.Month);
            n = (long)_next.ExecuteScalar()!;
        }
        if (n >= ArticleRowId.End(a.Month))
            throw new InvalidOperationException($"More than {1 << ArticleRowId.CounterBits} articles in {a.Month}.");
        Bind(_insert, a, digest);
        _insert.Parameters["$n"].Value = n;
        _insert.Parameters["$added"].Value = addedAt;
        _insert.ExecuteNonQuery();
        _nextRow[a.Month.Ordinal] = n + 1;
        _unindexed.Add((n, a.Title, a.Text));
    }

    private void Bind(SqliteCommand cmd, Article a, (string ContentHash, ulong SimHash) digest)
    {
        var p = cmd.Parameters;
        var hash = digest.SimHash;
        p["$id"].Value = a.Id.Value;
        p["$url"].Value = (object?)a.Url ?? DBNull.Value;
        p["$curl"].Value = (object?)a.CanonicalUrl ?? DBNull.Value;
        p["$source"].Value = a.Source;
        p["$title"].Value = a.Title;
        p["$published"].Value = a.Published.ToString();
        p["$precision"].Value = (int)a.Published.Precision;
        p["$month"].Value = a.Month.Ordinal;
        p["$text"].Value = a.Text;
        p["$hash"].Value = digest.ContentHash;
        p["$origin"].Value = (int)a.Origin;
        p["$now"].Value = _now;
        p["$sim"].Value = unchecked((long)hash);
        for (var i = 0; i < SimHashBands.Count; i++) p["$b" + i].Value = SimHashBands.Band(hash, i);
    }

    private static bool Equal(SqliteDataReader r, int i, string? value) => r.IsDBNull(i) ? value is null : r.GetString(i) == value;

    private static SqliteCommand Make(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var name in parameters) cmd.Parameters.Add(new SqliteParameter(name, null));
        return cmd;
    }

    public void Dispose()
    {
        _find.Dispose();
        _findHash.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _index.Dispose();
        _unclassify.Dispose();
        _next.Dispose();
        _delete.Dispose();
    }
}
