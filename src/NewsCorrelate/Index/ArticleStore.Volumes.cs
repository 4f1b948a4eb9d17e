using Microsoft.Data.Sqlite;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

public sealed partial class ArticleStore : IArticleWindow
{
    /// <summary>Stores volume points in one transaction (all or none). A month already stored for the series is
    /// replaced when its figures differ (a revised release) and counted as updated.</summary>
    public VolumeImportResult ImportVolumes(IEnumerable<VolumePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var find = Command("SELECT value, yoy_pct, mom_pct, unit, source FROM volume_points WHERE series = $s AND month = $m", tx);
            var fs = find.Parameters.AddWithValue("$s", "");
            var fm = find.Parameters.AddWithValue("$m", 0);
            using var write = Command("""
                INSERT OR REPLACE INTO volume_points(series, month, value, unit, yoy_pct, mom_pct, source)
                VALUES ($s, $m, $v, $u, $y, $mo, $src)
                """, tx);
            var ws = write.Parameters.AddWithValue("$s", "");
            var wm = write.Parameters.AddWithValue("$m", 0);
            var wv = write.Parameters.AddWithValue("$v", 0.0);
            var wu = write.Parameters.AddWithValue("$u", "");
            var wy = write.Parameters.AddWithValue("$y", 0.0);
            var wmo = write.Parameters.AddWithValue("$mo", 0.0);
            var wsrc = write.Parameters.AddWithValue("$src", "");
            int added = 0, updated = 0, unchanged = 0;
            foreach (var p in points)
            {
                fs.Value = p.Series;
                fm.Value = p.Month.Ordinal;
                VolumePoint? stored = null;
                using (var r = find.ExecuteReader())
                    if (r.Read()) stored = ReadPoint(p.Series, p.Month, r, 0);
                if (stored is not null && stored == p) { unchanged++; continue; }
                if (stored is null) added++; else updated++;
                ws.Value = p.Series;
                wm.Value = p.Month.Ordinal;
                wv.Value = (object?)p.Value ?? DBNull.Value;
                wu.Value = p.Unit;
                wy.Value = (object?)p.YoyPct ?? DBNull.Value;
                wmo.Value = (object?)p.MomPct ?? DBNull.Value;
                wsrc.Value = (object?)p.Source ?? DBNull.Value;
                write.ExecuteNonQuery();
            }
            tx.Commit();
            return new VolumeImportResult(added, updated, unchanged);
        }
    }

    /// <summary>All volume points (of one series when named), by series then month.</summary>
    public IReadOnlyList<VolumePoint> VolumePoints(string? series = null)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT series, month, value, yoy_pct, mom_pct, unit, source FROM volume_points"
                + (series is null ? "" : " WHERE series = $p COLLATE NOCASE") + " ORDER BY series, month");
            if (series is not null) cmd.Parameters.AddWithValue("$p", series);
            using var r = cmd.ExecuteReader();
            var list = new List<VolumePoint>();
            while (r.Read())
                list.Add(ReadPoint(r.GetString(0), Month.FromOrdinal(r.GetInt32(1)), r, 2));
            return list;
        }
    }

    /// <summary>Stores (replaces) series definitions in one transaction.</summary>
    public void ImportSeries(IEnumerable<SeriesDefinition> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var cmd = Command("INSERT OR REPLACE INTO volume_series(name, description, unit, aliases) VALUES ($n, $d, $u, $a)", tx);
            var n = cmd.Parameters.AddWithValue("$n", "");
            var d = cmd.Parameters.AddWithValue("$d", "");
            var u = cmd.Parameters.AddWithValue("$u", "");
            var a = cmd.Parameters.AddWithValue("$a", "");
            foreach (var s in series)
            {
                (n.Value, d.Value, u.Value, a.Value) = (s.Name, s.Description, s.Unit, string.Join(';', s.Aliases));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>The stored series definitions, by name.</summary>
    public IReadOnlyList<SeriesDefinition> SeriesDefinitions()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT name, description, unit, aliases FROM volume_series ORDER BY name");
            using var r = cmd.ExecuteReader();
            var list = new List<SeriesDefinition>();
            while (r.Read())
                list.Add(new SeriesDefinition(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3).Split(';', StringSplitOptions.RemoveEmptyEntries)));
            return list;
        }
    }

    /// <summary>Replaces the links of one series-month with <paramref name="links"/> in one transaction, so
    /// <c>search linked:YYYY-MM</c> finds the articles that explain it.</summary>
    public void ReplaceLinks(string series, Month month, IEnumerable<ArticleEvidence> links)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        ArgumentNullException.ThrowIfNull(links);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using (var delete = Command("DELETE FROM article_links WHERE series = $s AND month = $m", tx))
            {
                delete.Parameters.AddWithValue("$s", series);
                delete.Parameters.AddWithValue("$m", month.Ordinal);
                delete.ExecuteNonQuery();
            }
            using var insert = Command("INSERT OR REPLACE INTO article_links(article_id, series, month, role, score) VALUES ($id, $s, $m, $role, $score)", tx);
            var id = insert.Parameters.AddWithValue("$id", "");
            insert.Parameters.AddWithValue("$s", series);
            insert.Parameters.AddWithValue("$m", month.Ordinal);
            var role = insert.Parameters.AddWithValue("$role", "");
            var score = insert.Parameters.AddWithValue("$score", 0.0);
            foreach (var link in links)
            {
                (id.Value, role.Value, score.Value) = (link.Article.Id.Value, RoleName(link.Role), link.Score);
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>The stored links of an article: (series, month, role, score).</summary>
    public IReadOnlyList<(string Series, Month Month, string Role, double Score)> LinksOf(ArticleId id)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT series, month, role, score FROM article_links WHERE article_id = $p ORDER BY month, series");
            cmd.Parameters.AddWithValue("$p", id.Value);
            using var r = cmd.ExecuteReader();
            var list = new List<(string, Month, string, double)>();
            while (r.Read()) list.Add((r.GetString(0), Month.FromOrdinal(r.GetInt32(1)), r.GetString(2), r.GetDouble(3)));
            return list;
        }
    }

    /// <summary>Candidates in the window (see <see cref="IArticleWindow"/>): two queries, one for the articles and one
    /// for all their tags, whatever the window's size.</summary>
    public IEnumerable<TaggedArticle> CandidatesBetween(DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            // 1. Which articles: read from the (month, magnet, id) index and the tags' primary key only.
            var magnet = new List<long>();
            var tagged = new List<(long N, double P)>();
            using (var pick = Command("""
                SELECT a.n, instr(lower(a.text), 'magnet') > 0, (SELECT max(t.probability) FROM tags t WHERE t.article_id = a.id)
                FROM articles a INDEXED BY articles_month_magnet
                WHERE a.month BETWEEN $fm AND $tm
                """))
            {
                pick.Parameters.AddWithValue("$fm", Month.Of(from).Ordinal);
                pick.Parameters.AddWithValue("$tm", Month.Of(to).Ordinal);
                using var r = pick.ExecuteReader();
                while (r.Read())
                {
                    if (r.GetBoolean(1)) magnet.Add(r.GetInt64(0));
                    else if (!r.IsDBNull(2)) tagged.Add((r.GetInt64(0), r.GetDouble(2)));
                }
            }
            var chosen = magnet.Concat(tagged.OrderByDescending(t => t.P).ThenBy(t => t.N).Take(IArticleWindow.MaxTagged).Select(t => t.N)).ToList();
            var ids = System.Text.Json.JsonSerializer.Serialize(chosen);

            // 2. Those articles (a lead only when they do not mention magnets: see IArticleWindow.LeadLength) and their tags.
            var columns = ArticleColumns.Replace("text", $"CASE WHEN instr(lower(a.text), 'magnet') > 0 THEN a.text ELSE substr(a.text, 1, {IArticleWindow.LeadLength}) END", StringComparison.Ordinal);
            var articles = new List<Article>();
            using (var read = Command($"SELECT {columns} FROM articles a WHERE a.n IN (SELECT value FROM json_each($ids))"))
            {
                read.Parameters.AddWithValue("$ids", ids);
                using var r = read.ExecuteReader();
                while (r.Read())
                {
                    var a = ReadArticle(r, 0);
                    if (a.Published.Date >= from && a.Published.Date <= to) articles.Add(a);
                }
            }
            var tags = new Dictionary<string, List<TagAssignment>>(StringComparer.Ordinal);
            using (var tagCmd = Command("""
                SELECT t.article_id, t.tag, t.probability, t.evidence, t.model_version
                FROM tags t WHERE t.article_id IN (SELECT a.id FROM articles a WHERE a.n IN (SELECT value FROM json_each($ids)))
                ORDER BY t.article_id, t.probability DESC, t.tag
                """))
            {
                tagCmd.Parameters.AddWithValue("$ids", ids);
                using var r = tagCmd.ExecuteReader();
                while (r.Read())
                {
                    if (!tags.TryGetValue(r.GetString(0), out var list)) tags[r.GetString(0)] = list = [];
                    list.Add(ReadTag(r, 1));
                }
            }
            return articles.OrderBy(a => a.Published.Date).ThenBy(a => a.Id.Value, StringComparer.Ordinal)
                .Select(a => new TaggedArticle(a, tags.TryGetValue(a.Id.Value, out var t) ? t : [])).ToList();
        }
    }

    private static VolumePoint ReadPoint(string series, Month month, SqliteDataReader r, int first) => new(
        series, month,
        r.IsDBNull(first) ? null : r.GetDouble(first),
        r.IsDBNull(first + 1) ? null : r.GetDouble(first + 1),
        r.IsDBNull(first + 2) ? null : r.GetDouble(first + 2),
        r.GetString(first + 3),
        r.IsDBNull(first + 4) ? null : r.GetString(first + 4));

    internal static string RoleName(EvidenceRole role) => role switch
    {
        EvidenceRole.Driver => "driver",
        EvidenceRole.CounterEvidence => "counter",
        _ => "report",
    };
}
