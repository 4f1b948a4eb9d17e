using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using NewsCorrelate.Domain;
using NewsCorrelate.Index.Query;

namespace NewsCorrelate.Index;

public sealed partial class ArticleStore
{
    /// <summary>Weights of the title and text columns in BM25: a word in the headline counts more.</summary>
    private const string Bm25 = "bm25(articles_fts, 4.0, 1.0)";

    /// <summary>Searches: with words, the best <paramref name="limit"/> articles by BM25 with highlighted snippets;
    /// filter-only, the newest first. Facets (per month, per tag) and the total cover every match, not just the hits.</summary>
    public SearchResults Search(SearchQuery query, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        return query.Text is null ? Listing(query.Filters, limit) : Ranked(FtsTranslator.ToMatch(query.Text), query.Filters, limit);
    }

    /// <summary>Filter-only search: newest first, facets by SQL over the article rows.</summary>
    private SearchResults Listing(SearchFilters filters, int limit)
    {
        var (where, parameters) = FilterSql(filters, byRowId: false);
        var whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        lock (_gate)
        {
            var hits = new List<SearchHit>();
            using (var cmd = Command($"SELECT a.id, a.title, a.source, a.published, substr(a.text, 1, 400) FROM articles a {whereSql} ORDER BY a.month DESC, a.published DESC, a.n DESC LIMIT $limit"))
            {
                Bind(cmd, parameters);
                cmd.Parameters.AddWithValue("$limit", limit);
                using var r = cmd.ExecuteReader();
                while (r.Read()) hits.Add(ReadHit(r, 0.0, Opening(r.GetString(4))));
            }
            var months = new List<FacetCount>();
            using (var cmd = Command($"SELECT a.month, count(*) FROM articles a {whereSql} GROUP BY a.month ORDER BY a.month"))
            {
                Bind(cmd, parameters);
                using var r = cmd.ExecuteReader();
                while (r.Read()) months.Add(new FacetCount(Month.FromOrdinal(r.GetInt32(0)).ToString(), r.GetInt32(1)));
            }
            var tags = new List<FacetCount>();
            if (HasTags())
            {
                using var cmd = Command($"SELECT t.tag, count(*) FROM articles a JOIN tags t ON t.article_id = a.id {whereSql} GROUP BY t.tag ORDER BY 2 DESC, 1");
                Bind(cmd, parameters);
                using var r = cmd.ExecuteReader();
                while (r.Read()) tags.Add(new FacetCount(r.GetString(0), r.GetInt32(1)));
            }
            return new SearchResults(hits, months.Sum(m => m.Count), months, tags);
        }
    }

    /// <summary>Full-text search in one pass over the matches: each match's BM25 score, month (from its row id,
    /// <see cref="ArticleRowId"/>) and tags are read once, the top <paramref name="limit"/> kept in a heap and the facets
    /// counted as the rows go by. Every extra statement over the matches would evaluate the query again (and FTS5's
    /// bm25 already evaluates it twice: once more for the document frequency), which for phrases of common words
    /// is most of the time. Snippets are then made only for the hits shown, each by a row-id lookup.</summary>
    private SearchResults Ranked(string match, SearchFilters filters, int limit)
    {
        var (where, parameters) = FilterSql(filters, byRowId: true);
        parameters.Add(("$match", match));
        var whereSql = "WHERE " + string.Join(" AND ", ["articles_fts MATCH $match", .. where]);
        lock (_gate)
        {
            var tagged = HasTags();
            // Month filters are row-id ranges FTS5 seeks itself; other filters and tags read the narrow covering index,
            // never the wide article rows. CROSS JOIN keeps the full-text match as the outer loop.
            var from = tagged || where.Any(w => w.Contains("a.", StringComparison.Ordinal))
                ? "articles_fts CROSS JOIN articles a INDEXED BY articles_facets ON a.n = articles_fts.rowid" + (tagged ? " LEFT JOIN tags t ON t.article_id = a.id" : "")
                : "articles_fts";
            // Counted per row of the match, so a hash map (sorted once at the end), not a sorted one.
            var months = new Dictionary<int, int>();
            var tags = new Dictionary<string, int>(StringComparer.Ordinal);
            // The worst kept hit on top: (bm25, row id), where a lower bm25 is a better match.
            var best = new PriorityQueue<long, (double Score, long Row)>(Comparer<(double Score, long Row)>.Create((x, y) => y.CompareTo(x)));
            using (var cmd = Command($"SELECT articles_fts.rowid, {Bm25}, {(tagged ? "t.tag" : "NULL")} FROM {from} {whereSql}"))
            {
                Bind(cmd, parameters);
                using var r = cmd.ExecuteReader();
                var last = long.MinValue;
                while (r.Read())
                {
                    var row = r.GetInt64(0);
                    if (row != last)
                    {
                        last = row;
                        var month = (int)(row >> ArticleRowId.CounterBits);
                        CollectionsMarshal.GetValueRefOrAddDefault(months, month, out _)++;
                        var key = (r.GetDouble(1), row);
                        if (best.Count < limit) best.Enqueue(row, key);
                        else if (limit > 0 && best.TryPeek(out _, out var worst) && key.CompareTo(worst) < 0) best.DequeueEnqueue(row, key);
                    }
                    if (!r.IsDBNull(2)) tags[r.GetString(2)] = tags.GetValueOrDefault(r.GetString(2)) + 1;
                }
            }
            var top = new List<(double Score, long Row)>(best.Count);
            while (best.TryDequeue(out var row, out var key)) top.Add(key);
            top.Reverse();
            var hits = new List<SearchHit>(top.Count);
            using (var cmd = Command($"""
                SELECT a.id, a.title, a.source, a.published,
                       snippet(articles_fts, -1, '{SearchHit.HighlightOpen}', '{SearchHit.HighlightClose}', '…', 24)
                FROM articles_fts CROSS JOIN articles a ON a.n = articles_fts.rowid
                WHERE articles_fts MATCH $match AND articles_fts.rowid = $row
                """))
            {
                cmd.Parameters.AddWithValue("$match", match);
                var rowParameter = cmd.Parameters.Add("$row", SqliteType.Integer);
                foreach (var (score, row) in top)
                {
                    rowParameter.Value = row;
                    using var r = cmd.ExecuteReader();
                    if (r.Read()) hits.Add(ReadHit(r, -score, r.GetString(4)));
                }
            }
            return new SearchResults(hits, months.Values.Sum(),
                [.. months.OrderBy(m => m.Key).Select(m => new FacetCount(Month.FromOrdinal(m.Key).ToString(), m.Value))],
                [.. tags.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new FacetCount(t.Key, t.Value))]);
        }
    }

    private bool HasTags() => Convert.ToInt64(Scalar("SELECT EXISTS (SELECT 1 FROM tags)")) != 0;

    private static SearchHit ReadHit(SqliteDataReader r, double score, string snippet) =>
        new(new ArticleId(r.GetString(0)), r.GetString(1), r.GetString(2),
            PublishedDate.TryParse(r.GetString(3), out var p) ? p : default, score, snippet);

    /// <summary>Counts per month, source and tag over the whole store.</summary>
    public StoreStats Stats()
    {
        lock (_gate)
        {
            var months = Facet("SELECT month, count(*) FROM articles GROUP BY month ORDER BY month", k => Month.FromOrdinal(Convert.ToInt32(k)).ToString());
            var sources = Facet("SELECT source, count(*) FROM articles GROUP BY source ORDER BY 2 DESC, 1", k => (string)k);
            var tags = Facet("SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY 2 DESC, 1", k => (string)k);
            var tagged = Convert.ToInt32(Scalar("SELECT count(DISTINCT article_id) FROM tags"));
            var labelled = Convert.ToInt32(Scalar("SELECT count(*) FROM labels"));
            return new StoreStats(months.Sum(m => m.Count), months, sources, tags, tagged, labelled);
        }
    }

    private List<FacetCount> Facet(string sql, Func<object, string> key)
    {
        using var cmd = Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<FacetCount>();
        while (r.Read()) list.Add(new FacetCount(key(r.GetValue(0)), r.GetInt32(1)));
        return list;
    }

    /// <param name="byRowId">Express the month window on the full-text row id (for searches with words).</param>
    private static (List<string> Where, List<(string Name, object Value)> Parameters) FilterSql(SearchFilters filters, bool byRowId)
    {
        var where = new List<string>();
        var parameters = new List<(string, object)>();
        if (filters.From is { } from)
        {
            where.Add(byRowId ? "articles_fts.rowid >= $from" : "a.month >= $from");
            parameters.Add(("$from", byRowId ? ArticleRowId.First(from) : from.Ordinal));
        }
        if (filters.To is { } to)
        {
            where.Add(byRowId ? "articles_fts.rowid < $to" : "a.month <= $to");
            parameters.Add(("$to", byRowId ? ArticleRowId.End(to) : to.Ordinal));
        }
        for (var i = 0; i < filters.Tags.Count; i++)
        {
            where.Add($"EXISTS (SELECT 1 FROM tags t{i} WHERE t{i}.article_id = a.id AND t{i}.tag = $tag{i})");
            parameters.Add(("$tag" + i, filters.Tags[i].Name));
        }
        for (var i = 0; i < filters.Linked.Count; i++)
        {
            where.Add($"EXISTS (SELECT 1 FROM article_links l{i} WHERE l{i}.article_id = a.id AND l{i}.month = $linked{i})");
            parameters.Add(("$linked" + i, filters.Linked[i].Ordinal));
        }
        if (filters.Sources.Count > 0)
        {
            where.Add("(" + string.Join(" OR ", filters.Sources.Select((_, i) => $"a.source LIKE $source{i} ESCAPE '\\'")) + ")");
            for (var i = 0; i < filters.Sources.Count; i++)
                parameters.Add(("$source" + i, "%" + EscapeLike(filters.Sources[i]) + "%"));
        }
        return (where, parameters);
    }

    private static string EscapeLike(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static void Bind(SqliteCommand cmd, List<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
    }

    /// <summary>About the first 30 words of a text, ending with "…" when cut.</summary>
    private static string Opening(string text)
    {
        var words = text.Split((char[]?)null, 31, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 30 ? string.Join(' ', words) : string.Join(' ', words.Take(30)) + " …";
    }
}
