using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>Where the crawler puts articles and looks for ones it already has: the seam to the store
/// (Index/ArticleStore implements the same calls). Called from one thread at a time by <see cref="ArticleIntake"/>.</summary>
public interface IArticleSink
{
    Article? FindByCanonicalUrl(string canonicalUrl);

    Article? FindByContentHash(string contentHash);

    /// <summary>An article whose text's <see cref="SimHash"/> is within <see cref="SimHash.NearDuplicateDistance"/>.</summary>
    Article? FindNearDuplicate(ulong simHash);

    /// <summary>Inserts the article or replaces the one with the same id.</summary>
    void Upsert(Article article);

    /// <summary>Records <paramref name="url"/> as another source (syndicated or duplicate copy) of an existing article.</summary>
    void AddSource(ArticleId id, string url, string source, PublishedDate? published);
}
