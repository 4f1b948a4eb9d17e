using System.Globalization;
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
        var match = query.Text is null ? null : FtsTranslator.ToMatch(query.Text);
        var (where, parameters) = FilterSql(query.Filters, byRowId: match is not null);
        string hitsSql, monthsSql, from, whereSql;
        if (match is null)
        {
            from = "articles a";
            whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
            hitsSql = $"SELECT a.id, a.title, a.source, a.published, 0.0, substr(a.text, 1, 400) FROM {from} {whereSql} ORDER BY a.month DESC, a.published DESC, a.n DESC LIMIT $limit";
            monthsSql = $"SELECT a.month, count(*) FROM {from} {whereSql} GROUP BY a.month ORDER BY a.month";
        }
        else
        {
            parameters.Add(("$match", match));
            // Month filters are row-id ranges FTS5 seeks itself (ArticleRowId); other filters and the tag facet read
            // the narrow covering index, never the wide article rows. Snippets are made only for the hits shown
            // (SQLite would otherwise compute them for every match before sorting). CROSS JOIN and MATERIALIZED fix
            // the join order: SQLite 3.50's planner otherwise re-runs the ranked match once per row.
            from = "articles_fts CROSS JOIN articles a INDEXED BY articles_facets ON a.n = articles_fts.rowid";
            whereSql = "WHERE " + string.Join(" AND ", ["articles_fts MATCH $match", .. where]);
            var needsRows = where.Any(w => w.Contains("a.", StringComparison.Ordinal));
            var ftsFrom = needsRows ? from : "articles_fts";
            hitsSql = $"""
                WITH top AS MATERIALIZED (SELECT articles_fts.rowid AS r, {Bm25} AS s FROM {ftsFrom} {whereSql} ORDER BY s LIMIT $limit)
                SELECT a.id, a.title, a.source, a.published, -top.s,
                       snippet(articles_fts, -1, '{SearchHit.HighlightOpen}', '{SearchHit.HighlightClose}', '…', 24)
                FROM top CROSS JOIN articles_fts CROSS JOIN articles a
                WHERE articles_fts.rowid = top.r AND a.n = top.r AND articles_fts MATCH $match ORDER BY top.s
                """;
            monthsSql = $"SELECT articles_fts.rowid >> {ArticleRowId.CounterBits} AS m, count(*) FROM {ftsFrom} {whereSql} GROUP BY m ORDER BY m";
        }
        lock (_gate)
        {
            var hits = new List<SearchHit>();
            using (var cmd = Command(hitsSql))
            {
                Bind(cmd, parameters);
                cmd.Parameters.AddWithValue("$limit", limit);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var snippet = r.GetString(5);
                    hits.Add(new SearchHit(new ArticleId(r.GetString(0)), r.GetString(1), r.GetString(2),
                        PublishedDate.TryParse(r.GetString(3), out var p) ? p : default, r.GetDouble(4),
                        match is null ? Opening(snippet) : snippet));
                }
            }
            var months = new List<FacetCount>();
            using (var cmd = Command(monthsSql))
            {
                Bind(cmd, parameters);
                using var r = cmd.ExecuteReader();
                while (r.Read()) months.Add(new FacetCount(Month.FromOrdinal(r.GetInt32(0)).ToString(), r.GetInt32(1)));
            }
            var tags = new List<FacetCount>();
            if (Convert.ToInt64(Scalar("SELECT EXISTS (SELECT 1 FROM tags)")) != 0)
            {
                using var cmd = Command($"""
                    SELECT t.tag, count(*) FROM {from} JOIN tags t ON t.article_id = a.id
                    {whereSql} GROUP BY t.tag ORDER BY 2 DESC, 1
                    """);
                Bind(cmd, parameters);
                using var r = cmd.ExecuteReader();
                while (r.Read()) tags.Add(new FacetCount(r.GetString(0), r.GetInt32(1)));
            }
            return new SearchResults(hits, months.Sum(m => m.Count), months, tags);
        }
    }

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
