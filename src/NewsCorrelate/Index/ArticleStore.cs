using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>The store: one SQLite file (WAL mode) holding articles with their full-text index, tags, labels,
/// volume series, article links and the crawl ledger. Every write is one transaction, so a killed process leaves
/// exactly the committed batches. One instance holds one connection and is thread-safe (calls are serialised);
/// open a second instance on the same file to read while another writes.</summary>
public sealed partial class ArticleStore : IDisposable
{
    private const string ArticleColumns = "id, url, canonical_url, source, title, published, text, origin";
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private WalCheckpointer? _checkpointer;

    private ArticleStore(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        Path = path;
        _time = time;
    }

    /// <summary>The file (or ":memory:").</summary>
    public string Path { get; }

    /// <summary>Opens (creating if absent) and migrates the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreFormatException">The file is another application's, a newer store, or not a database.</exception>
    public static ArticleStore Open(string path, TimeProvider? time = null) => Open(path, time, StoreSchema.CurrentVersion);

    /// <summary>A private in-memory store (for tests and dry runs).</summary>
    public static ArticleStore OpenInMemory(TimeProvider? time = null) => Open(":memory:", time, StoreSchema.CurrentVersion);

    internal static ArticleStore Open(string path, TimeProvider? time, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var memory = path == ":memory:";
        if (!memory)
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 30000;");
            if (!memory) Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
            StoreSchema.Migrate(connection, path, schemaVersion);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            connection.Dispose();
            throw new StoreFormatException($"{path} is not a NewsCorrelate store (not an SQLite database, or damaged): {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new ArticleStore(connection, path, time ?? TimeProvider.System);
    }

    /// <summary>The schema version of the open file.</summary>
    public int SchemaVersion { get { lock (_gate) return StoreSchema.VersionOf(_connection); } }

    /// <summary>Number of articles.</summary>
    public int Count { get { lock (_gate) return Convert.ToInt32(Scalar("SELECT count(*) FROM articles")); } }

    /// <summary>Inserts or updates the articles in one transaction: all are written or none (an exception rolls the
    /// whole batch back). Returns one outcome per article, in order. Articles repeated within the batch are handled
    /// in order (the second is Unchanged or Updated). The sequence is read in full before the transaction starts; the
    /// articles' hashes are computed on thread-pool threads while earlier ones are written (<see cref="ArticleDigests"/>).</summary>
    public IReadOnlyList<UpsertOutcome> Upsert(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        foreach (var article in list) ArgumentNullException.ThrowIfNull(article, nameof(articles));
        var digests = new ArticleDigests(list);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var writer = new ArticleWriter(_connection, tx, Now());
            var outcomes = new List<UpsertOutcome>(list.Count);
            for (var i = 0; i < list.Count; i++)
                outcomes.Add(writer.Upsert(list[i], digests[i]));
            writer.Finish();
            tx.Commit();
            Checkpointer()?.Nudge();
            return outcomes;
        }
    }

    /// <summary>The article with this id, or null.</summary>
    public Article? Get(ArticleId id)
    {
        lock (_gate) return QueryArticles($"SELECT {ArticleColumns} FROM articles WHERE id = $p", id.Value).FirstOrDefault();
    }

    /// <summary>Deletes the article and everything attached to it (sources, tags, classified mark, labels, links). False when absent.</summary>
    public bool Delete(ArticleId id)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var cmd = Command("""
                DELETE FROM article_sources WHERE article_id = $p;
                DELETE FROM tags WHERE article_id = $p;
                DELETE FROM classified WHERE article_id = $p;
                DELETE FROM labels WHERE article_id = $p;
                DELETE FROM article_links WHERE article_id = $p;
                DELETE FROM articles WHERE id = $p;
                """, tx);
            cmd.Parameters.AddWithValue("$p", id.Value);
            cmd.ExecuteNonQuery();
            var deleted = Convert.ToInt64(Scalar("SELECT changes()", tx)) > 0;
            tx.Commit();
            return deleted;
        }
    }

    /// <summary>The article stored under this canonical URL, or null.</summary>
    public Article? FindByCanonicalUrl(string canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        lock (_gate) return QueryArticles($"SELECT {ArticleColumns} FROM articles WHERE canonical_url = $p LIMIT 1", canonicalUrl).FirstOrDefault();
    }

    /// <summary>An article with this <see cref="Article.ContentHash"/>, or null.</summary>
    public Article? FindByContentHash(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        lock (_gate) return QueryArticles($"SELECT {ArticleColumns} FROM articles WHERE content_hash = $p LIMIT 1", contentHash).FirstOrDefault();
    }

    /// <summary>The stored article whose SimHash is nearest to <paramref name="simHash"/> within
    /// <see cref="SimHash.NearDuplicateDistance"/> bits, or null. Uses the band indexes (no full scan).</summary>
    public Article? FindNearDuplicate(ulong simHash)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT id, simhash FROM articles WHERE sim_b0 = $b0 OR sim_b1 = $b1 OR sim_b2 = $b2 OR sim_b3 = $b3");
            for (var i = 0; i < SimHashBands.Count; i++)
                cmd.Parameters.AddWithValue("$b" + i, SimHashBands.Band(simHash, i));
            string? best = null;
            var bestDistance = int.MaxValue;
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    var d = SimHash.Distance(simHash, unchecked((ulong)r.GetInt64(1)));
                    if (d <= SimHash.NearDuplicateDistance && d < bestDistance) { best = r.GetString(0); bestDistance = d; }
                }
            }
            return best is null ? null : QueryArticles($"SELECT {ArticleColumns} FROM articles WHERE id = $p", best).FirstOrDefault();
        }
    }

    /// <summary>Records another place the same story appeared (syndicated copy). Replaces an earlier record of the
    /// same URL for this article.</summary>
    /// <exception cref="KeyNotFoundException">No article has this id.</exception>
    public void AddSource(ArticleId id, string url, string source, PublishedDate? published)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        lock (_gate)
        {
            if (Convert.ToInt64(Scalar("SELECT count(*) FROM articles WHERE id = $p", null, id.Value)) == 0)
                throw new KeyNotFoundException($"No article with id '{id}'.");
            WriteSource(id, url, source, published?.ToString());
        }
    }

    /// <summary>Records (or replaces) one source row of an article, inside <paramref name="tx"/> when given.</summary>
    private void WriteSource(ArticleId id, string url, string source, string? published, SqliteTransaction? tx = null)
    {
        using var cmd = Command("INSERT OR REPLACE INTO article_sources(article_id, url, source, published) VALUES ($id, $url, $source, $published)", tx);
        cmd.Parameters.AddWithValue("$id", id.Value);
        cmd.Parameters.AddWithValue("$url", url);
        cmd.Parameters.AddWithValue("$source", source);
        cmd.Parameters.AddWithValue("$published", (object?)published ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The other places the story appeared, as (url, source, published).</summary>
    public IReadOnlyList<(string Url, string Source, PublishedDate? Published)> SourcesOf(ArticleId id)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT url, source, published FROM article_sources WHERE article_id = $p ORDER BY url");
            cmd.Parameters.AddWithValue("$p", id.Value);
            using var r = cmd.ExecuteReader();
            var list = new List<(string, string, PublishedDate?)>();
            while (r.Read())
                list.Add((r.GetString(0), r.GetString(1), !r.IsDBNull(2) && PublishedDate.TryParse(r.GetString(2), out var d) ? d : null));
            return list;
        }
    }

    /// <summary>Every article (by month, then in insertion order), read in pages so memory stays flat and writes between pages
    /// (e.g. tags) are allowed. Articles added during enumeration may or may not be seen.</summary>
    public IEnumerable<Article> AllArticles(int pageSize = 500) => Paged(null, null, pageSize);

    /// <summary>Articles in row order, read a page at a time under the lock and yielded outside it, optionally
    /// restricted by an SQL condition with one <c>$q</c> parameter.</summary>
    private IEnumerable<Article> Paged(string? condition, string? parameter, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        long after = 0;
        while (true)
        {
            List<(long N, Article A)> page;
            lock (_gate)
            {
                using var cmd = Command($"SELECT n, {ArticleColumns} FROM articles WHERE n > $after{(condition is null ? "" : " AND " + condition)} ORDER BY n LIMIT $limit");
                cmd.Parameters.AddWithValue("$after", after);
                cmd.Parameters.AddWithValue("$limit", pageSize);
                if (parameter is not null) cmd.Parameters.AddWithValue("$q", parameter);
                using var r = cmd.ExecuteReader();
                page = [];
                while (r.Read()) page.Add((r.GetInt64(0), ReadArticle(r, 1)));
            }
            foreach (var (_, a) in page) yield return a;
            if (page.Count < pageSize) yield break;
            after = page[^1].N;
        }
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> and the FTS5 integrity check; true when both pass.</summary>
    public bool CheckIntegrity()
    {
        lock (_gate)
        {
            if ((string)Scalar("PRAGMA integrity_check") != "ok") return false;
            try
            {
                Execute(_connection, "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1);");
                return true;
            }
            catch (SqliteException) { return false; }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _checkpointer?.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>The background checkpointer of a file store, started by its first upsert (stores that only read never
    /// start one); null in memory. Call under the lock.</summary>
    private WalCheckpointer? Checkpointer()
    {
        if (_checkpointer is null && Path != ":memory:")
        {
            _checkpointer = new WalCheckpointer(_connection.ConnectionString);
            Execute(_connection, $"PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterAutoCheckpointPages};");
        }
        return _checkpointer;
    }

    internal static Article ReadArticle(SqliteDataReader r, int first)
    {
        var published = PublishedDate.TryParse(r.GetString(first + 5), out var p)
            ? p : throw new InvalidDataException($"Stored published date '{r.GetString(first + 5)}' is not a date.");
        return new Article(
            new ArticleId(r.GetString(first)),
            r.IsDBNull(first + 1) ? null : r.GetString(first + 1),
            r.IsDBNull(first + 2) ? null : r.GetString(first + 2),
            r.GetString(first + 3),
            r.GetString(first + 4),
            published,
            r.GetString(first + 6),
            (ArticleOrigin)r.GetInt32(first + 7));
    }

    private List<Article> QueryArticles(string sql, string parameter)
    {
        using var cmd = Command(sql);
        cmd.Parameters.AddWithValue("$p", parameter);
        using var r = cmd.ExecuteReader();
        var list = new List<Article>();
        while (r.Read()) list.Add(ReadArticle(r, 0));
        return list;
    }

    private string Now() => _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private object Scalar(string sql, SqliteTransaction? tx = null, string? parameter = null)
    {
        using var cmd = Command(sql, tx);
        if (parameter is not null) cmd.Parameters.AddWithValue("$p", parameter);
        return cmd.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
