using Microsoft.Data.Sqlite;

namespace NewsCorrelate.Index;

/// <summary>The versioned schema of a store file. <c>PRAGMA application_id</c> marks a NewsCorrelate store and
/// <c>PRAGMA user_version</c> holds its schema version. Each entry of <see cref="Migrations"/> lifts a file by one
/// version inside one transaction, so adding version N+1 is adding one entry at the end of the list.</summary>
internal static class StoreSchema
{
    /// <summary>"NWSC" as a 32-bit integer.</summary>
    public const int ApplicationId = 0x4E575343;

    /// <summary>Version n is reached by running <c>Migrations[0..n-1]</c>.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // v1: articles and their full-text index (title + text, porter stemming). Updates and deletes reach the index
        // through triggers; inserts are indexed by ArticleWriter in the same transaction, sorted by row id (an insert
        // trigger indexes in arrival order, which FTS5 turns into a segment per out-of-order row), so rows must only be
        // added through ArticleWriter. The row id n is laid
        // out by ArticleRowId (month in the high bits).
        """
        CREATE TABLE articles (
            n             INTEGER PRIMARY KEY,
            id            TEXT    NOT NULL UNIQUE,
            url           TEXT,
            canonical_url TEXT,
            source        TEXT    NOT NULL,
            title         TEXT    NOT NULL,
            published     TEXT    NOT NULL,
            precision     INTEGER NOT NULL,
            month         INTEGER NOT NULL,
            text          TEXT    NOT NULL,
            content_hash  TEXT    NOT NULL,
            origin        INTEGER NOT NULL,
            added_at      TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL
        );
        CREATE INDEX articles_month ON articles(month, published);
        CREATE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
        CREATE INDEX articles_content_hash ON articles(content_hash);
        -- Covering index for search filters and facets: month, source and id of a full-text match without reading
        -- the (wide) article row. Used with INDEXED BY.
        CREATE INDEX articles_facets ON articles(n, month, source, id);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='n', tokenize='porter unicode61 remove_diacritics 2');
        -- Buffer up to 32 MB of postings before writing a segment: one segment per import batch, fewer merges.
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 33554432);
        -- Merge segments in groups of 8 (default 4): less rewriting while importing, still few segments to search.
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
        END;
        """,
        // v2: near-duplicate bands, syndicated sources, tags, labels, volumes, links, crawl ledger, settings.
        """
        ALTER TABLE articles ADD COLUMN simhash INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN sim_b0 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN sim_b1 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN sim_b2 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN sim_b3 INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX articles_sim_b0 ON articles(sim_b0);
        CREATE INDEX articles_sim_b1 ON articles(sim_b1);
        CREATE INDEX articles_sim_b2 ON articles(sim_b2);
        CREATE INDEX articles_sim_b3 ON articles(sim_b3);
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL,
            url        TEXT NOT NULL,
            source     TEXT NOT NULL,
            published  TEXT,
            PRIMARY KEY (article_id, url)
        ) WITHOUT ROWID;
        CREATE TABLE tags (
            article_id    TEXT NOT NULL,
            tag           TEXT NOT NULL,
            probability   REAL NOT NULL,
            evidence      TEXT NOT NULL,
            model_version TEXT NOT NULL,
            tagged_at     TEXT NOT NULL,
            PRIMARY KEY (article_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX tags_tag ON tags(tag, probability);
        CREATE TABLE labels (
            article_id  TEXT PRIMARY KEY,
            tags        TEXT NOT NULL,
            labelled_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE volume_points (
            series  TEXT    NOT NULL,
            month   INTEGER NOT NULL,
            value   REAL    NOT NULL,
            unit    TEXT    NOT NULL,
            yoy_pct REAL,
            mom_pct REAL,
            source  TEXT,
            kind    TEXT    NOT NULL DEFAULT 'reported',
            PRIMARY KEY (series, month, kind)
        ) WITHOUT ROWID;
        CREATE TABLE article_links (
            article_id TEXT    NOT NULL,
            series     TEXT    NOT NULL,
            month      INTEGER NOT NULL,
            role       TEXT    NOT NULL,
            score      REAL    NOT NULL,
            PRIMARY KEY (article_id, series, month)
        ) WITHOUT ROWID;
        CREATE INDEX article_links_month ON article_links(series, month);
        CREATE TABLE crawl_visits (
            url           TEXT PRIMARY KEY,
            status_code   INTEGER NOT NULL,
            etag          TEXT,
            last_modified TEXT,
            content_hash  TEXT,
            fetched_at    TEXT NOT NULL,
            article_id    TEXT,
            outcome       TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE store_settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        // v3: volume points may carry only a percentage (value NULL), one row per series and month; series definitions.
        """
        CREATE TABLE volume_points_v3 (
            series  TEXT    NOT NULL,
            month   INTEGER NOT NULL,
            value   REAL,
            unit    TEXT    NOT NULL,
            yoy_pct REAL,
            mom_pct REAL,
            source  TEXT,
            PRIMARY KEY (series, month)
        ) WITHOUT ROWID;
        INSERT OR REPLACE INTO volume_points_v3(series, month, value, unit, yoy_pct, mom_pct, source)
            SELECT series, month, value, unit, yoy_pct, mom_pct, source FROM volume_points;
        DROP TABLE volume_points;
        ALTER TABLE volume_points_v3 RENAME TO volume_points;
        -- Candidates for explaining a month: tagged articles and those that mention magnets (possible data reports).
        -- The id makes the index cover the tag check, so only candidates are read from the table.
        CREATE INDEX articles_month_magnet ON articles(month, instr(lower(text), 'magnet'), id);
        CREATE TABLE volume_series (
            name        TEXT PRIMARY KEY,
            description TEXT NOT NULL,
            unit        TEXT NOT NULL,
            aliases     TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        // v4: merge full-text segments in groups of 16. With each upsert batch written as one segment (ArticleWriter),
        // merging in eights rewrote postings one level more often: 15-20% of ingest at 100k articles, while searches
        // were not measurably slower with the extra segments (store benchmark, interleaved runs).
        """
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
        """,
        // v5: which articles a model has classified (with or without a tag), so 'tag' does not classify again the
        // articles that got no tag; an article leaves it when its title or text changes. Articles that already carry
        // tags count as classified by their tags' model.
        """
        CREATE TABLE classified (
            article_id    TEXT PRIMARY KEY,
            model_version TEXT NOT NULL,
            classified_at TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO classified(article_id, model_version, classified_at)
            SELECT article_id, max(model_version), max(tagged_at) FROM tags GROUP BY article_id;
        """,
    ];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>Brings the open database to <paramref name="targetVersion"/> (default: current). An empty file is
    /// initialised; a file of another application or of a newer version is refused with
    /// <see cref="StoreFormatException"/> naming <paramref name="path"/>.</summary>
    public static void Migrate(SqliteConnection connection, string path, int? targetVersion = null)
    {
        var target = targetVersion ?? CurrentVersion;
        var appId = Convert.ToInt32(Scalar(connection, "PRAGMA application_id"));
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        var tables = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_schema"));
        if (appId == 0 && version == 0 && tables > 0)
            throw new StoreFormatException($"{path} is an SQLite file of another application (it already has tables but no NewsCorrelate marker); refusing to change it.");
        if (appId != 0 && appId != ApplicationId)
            throw new StoreFormatException($"{path} is an SQLite file of another application (application_id {appId:X8}); refusing to change it.");
        if (version > CurrentVersion)
            throw new StoreFormatException($"{path} was written by a newer NewsCorrelate (store version {version}; this version reads up to {CurrentVersion}). Upgrade NewsCorrelate to open it.");
        for (var v = version; v < target; v++)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = Migrations[v] + $"\nPRAGMA application_id = {ApplicationId};\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
            if (v + 1 == 2) BackfillSimHashes(connection, tx);
            tx.Commit();
        }
    }

    public static int VersionOf(SqliteConnection connection) => Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));

    private static void BackfillSimHashes(SqliteConnection connection, SqliteTransaction tx)
    {
        var rows = new List<(long N, string Text)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT n, text FROM articles";
            using var r = read.ExecuteReader();
            while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
        }
        using var write = connection.CreateCommand();
        write.Transaction = tx;
        write.CommandText = "UPDATE articles SET simhash=$h, sim_b0=$b0, sim_b1=$b1, sim_b2=$b2, sim_b3=$b3 WHERE n=$n";
        var n = write.Parameters.Add("$n", SqliteType.Integer);
        var h = write.Parameters.Add("$h", SqliteType.Integer);
        var b = Enumerable.Range(0, 4).Select(i => write.Parameters.Add("$b" + i, SqliteType.Integer)).ToArray();
        foreach (var row in rows)
        {
            var hash = Domain.SimHash.Of(row.Text);
            n.Value = row.N;
            h.Value = unchecked((long)hash);
            for (var i = 0; i < 4; i++) b[i].Value = SimHashBands.Band(hash, i);
            write.ExecuteNonQuery();
        }
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()!;
    }
}
