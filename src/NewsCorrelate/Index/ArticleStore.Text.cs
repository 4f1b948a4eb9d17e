using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

public sealed partial class ArticleStore
{
    /// <summary>Articles whose title or text matches an FTS5 expression built by the caller (not user input),
    /// streamed in pages of ids so memory stays flat.</summary>
    internal IEnumerable<Article> MatchingText(string ftsExpression, int pageSize = 500)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ftsExpression);
        long after = 0;
        while (true)
        {
            List<(long N, Article A)> page;
            lock (_gate)
            {
                using var cmd = Command($"""
                    SELECT n, {ArticleColumns} FROM articles
                    WHERE n > $after AND n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q)
                    ORDER BY n LIMIT $limit
                    """);
                cmd.Parameters.AddWithValue("$after", after);
                cmd.Parameters.AddWithValue("$q", ftsExpression);
                cmd.Parameters.AddWithValue("$limit", pageSize);
                using var r = cmd.ExecuteReader();
                page = [];
                while (r.Read()) page.Add((r.GetInt64(0), ReadArticle(r, 1)));
            }
            foreach (var (_, a) in page) yield return a;
            if (page.Count < pageSize) yield break;
            after = page[^1].N;
        }
    }
}
