using System.Globalization;
using NewsCorrelate.Domain;
using NewsCorrelate.Scraping;

namespace NewsCorrelate.Index;

/// <summary>The crawl ledger over the <c>crawl_visits</c> table.</summary>
public sealed partial class ArticleStore : ICrawlLedger
{
    public CrawlVisit? Find(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (_gate)
        {
            using var cmd = Command("SELECT url, status_code, etag, last_modified, content_hash, fetched_at, article_id, outcome FROM crawl_visits WHERE url = $p");
            cmd.Parameters.AddWithValue("$p", url);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return new CrawlVisit(r.GetString(0), r.GetInt32(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                r.IsDBNull(6) ? null : new ArticleId(r.GetString(6)),
                r.GetString(7));
        }
    }

    public void Record(CrawlVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        lock (_gate)
        {
            using var cmd = Command("""
                INSERT OR REPLACE INTO crawl_visits(url, status_code, etag, last_modified, content_hash, fetched_at, article_id, outcome)
                VALUES ($url, $status, $etag, $lm, $hash, $at, $id, $outcome)
                """);
            cmd.Parameters.AddWithValue("$url", visit.Url);
            cmd.Parameters.AddWithValue("$status", visit.StatusCode);
            cmd.Parameters.AddWithValue("$etag", (object?)visit.ETag ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$lm", (object?)visit.LastModified ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$hash", (object?)visit.ContentHash ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$at", visit.FetchedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$id", (object?)visit.ArticleId?.Value ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$outcome", visit.Outcome);
            cmd.ExecuteNonQuery();
        }
    }
}
