using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

public sealed partial class ArticleStore
{
    /// <summary>Articles whose title or text matches an FTS5 expression built by the caller (not user input),
    /// streamed in pages so memory stays flat.</summary>
    internal IEnumerable<Article> MatchingText(string ftsExpression, int pageSize = 500)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ftsExpression);
        return Paged("n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q)", ftsExpression, pageSize);
    }
}
