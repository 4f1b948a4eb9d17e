using Microsoft.Data.Sqlite;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>The prepared statements of one upsert batch, reused for every article of the batch.</summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _findHash;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _index;
    private readonly string _now;

    public ArticleWriter(SqliteConnection connection, SqliteTransaction tx, string now)
    {
        _now = now;
        _find = Make(connection, tx, "SELECT url, canonical_url, source, title, published, text, origin FROM articles WHERE id = $id", "$id");
        _findHash = Make(connection, tx, "SELECT 1 FROM articles WHERE content_hash = $hash LIMIT 1", "$hash");
        const string fields = "$id, $url, $curl, $source, $title, $published, $precision, $month, $text, $hash, $origin, $now, $sim, $b0, $b1, $b2, $b3";
        var names = fields.Split(", ");
        _insert = Make(connection, tx, $"""
            INSERT INTO articles(id, url, canonical_url, source, title, published, precision, month, text, content_hash, origin, added_at, updated_at, simhash, sim_b0, sim_b1, sim_b2, sim_b3)
            VALUES ($id, $url, $curl, $source, $title, $published, $precision, $month, $text, $hash, $origin, $now, $now, $sim, $b0, $b1, $b2, $b3)
            """, names);
        _index = Make(connection, tx, "INSERT INTO articles_fts(rowid, title, text) VALUES (last_insert_rowid(), $title, $text)", "$title", "$text");
        _update = Make(connection, tx, """
            UPDATE articles SET url = $url, canonical_url = $curl, source = $source, title = $title, published = $published,
              precision = $precision, month = $month, text = $text, content_hash = $hash, origin = $origin, updated_at = $now,
              simhash = $sim, sim_b0 = $b0, sim_b1 = $b1, sim_b2 = $b2, sim_b3 = $b3
            WHERE id = $id
            """, names);
    }

    public UpsertOutcome Upsert(Article a)
    {
        ArgumentNullException.ThrowIfNull(a);
        _find.Parameters[0].Value = a.Id.Value;
        using (var r = _find.ExecuteReader())
        {
            if (r.Read())
            {
                var same = Equal(r, 0, a.Url) && Equal(r, 1, a.CanonicalUrl) && r.GetString(2) == a.Source && r.GetString(3) == a.Title
                    && r.GetString(4) == a.Published.ToString() && r.GetString(5) == a.Text && r.GetInt32(6) == (int)a.Origin;
                r.Close();
                if (same) return UpsertOutcome.Unchanged;
                Bind(_update, a);
                _update.ExecuteNonQuery();
                return UpsertOutcome.Updated;
            }
        }
        _findHash.Parameters[0].Value = a.ContentHash;
        if (_findHash.ExecuteScalar() is not null) return UpsertOutcome.Duplicate;
        Bind(_insert, a);
        _insert.ExecuteNonQuery();
        _index.Parameters[0].Value = a.Title;
        _index.Parameters[1].Value = a.Text;
        _index.ExecuteNonQuery();
        return UpsertOutcome.Added;
    }

    private void Bind(SqliteCommand cmd, Article a)
    {
        var p = cmd.Parameters;
        var hash = SimHash.Of(a.Text);
        p["$id"].Value = a.Id.Value;
        p["$url"].Value = (object?)a.Url ?? DBNull.Value;
        p["$curl"].Value = (object?)a.CanonicalUrl ?? DBNull.Value;
        p["$source"].Value = a.Source;
        p["$title"].Value = a.Title;
        p["$published"].Value = a.Published.ToString();
        p["$precision"].Value = (int)a.Published.Precision;
        p["$month"].Value = a.Month.Ordinal;
        p["$text"].Value = a.Text;
        p["$hash"].Value = a.ContentHash;
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
    }
}
