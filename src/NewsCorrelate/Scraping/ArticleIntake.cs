using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Scraping;

/// <summary>Turns an extracted page into a stored article, or into another source of a story already stored:
/// by canonical URL (its own <c>rel=canonical</c> / og:url, else the fetched URL, normalised), then identical
/// content hash, then near-duplicate text (SimHash). A known canonical URL with new text is an update only when it
/// comes from the stored page itself; from another page (a syndicated copy pointing at the original) it is a source. Thread-safe: checks and writes are serialised, so two
/// copies of one story fetched at once cannot both become new articles.</summary>
public sealed class ArticleIntake(ArticleStore store)
{
    private readonly Lock _lock = new();

    /// <summary>Files <paramref name="page"/> fetched from <paramref name="url"/>. <paramref name="publishedHint"/> is
    /// the date a feed or sitemap gave, used when the page states none. <paramref name="id"/> is the article it became
    /// or matched.</summary>
    public IntakeOutcome Add(ExtractedPage page, Uri url, PublishedDate? publishedHint, out ArticleId? id)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        id = null;
        var published = page.Published ?? publishedHint;
        if (published is null) return IntakeOutcome.Undated;
        var canonical = UrlNormalizer.NormalizeToString(page.CanonicalUrl) ?? (url.IsFile ? null : UrlNormalizer.Normalize(url)?.AbsoluteUri);
        var source = string.IsNullOrWhiteSpace(page.SiteName) ? SourceOf(url) : page.SiteName.Trim();
        var text = page.Text;
        var contentHash = Article.ComputeContentHash(page.Title, text);
        var article = new Article(
            canonical is null ? ArticleId.FromContentHash(contentHash) : ArticleId.FromUrl(canonical),
            url.AbsoluteUri, canonical, source, page.Title, published.Value, text, ArticleOrigin.Scraped);
        lock (_lock)
        {
            if (canonical is not null && store.FindByCanonicalUrl(canonical) is { } same)
            {
                id = same.Id;
                if (same.ContentHash == article.ContentHash) return IntakeOutcome.Unchanged;
                if (same.Url == article.Url || canonical == article.Url)
                {
                    store.Upsert([article with { Id = same.Id }]);
                    return IntakeOutcome.Updated;
                }
                // Another page naming the stored one as canonical, with other text: a syndicated copy, not an edit.
                store.AddSource(same.Id, article.Url!, source, published);
                return IntakeOutcome.Duplicate;
            }
            var copy = store.FindByContentHash(article.ContentHash) ?? store.FindNearDuplicate(SimHash.Of(text));
            if (copy is not null)
            {
                id = copy.Id;
                store.AddSource(copy.Id, url.AbsoluteUri, source, published);
                return IntakeOutcome.Duplicate;
            }
            store.Upsert([article]);
            id = article.Id;
            return IntakeOutcome.New;
        }
    }

    /// <summary>The outlet name for a URL without a site name: its host without "www.".</summary>
    public static string SourceOf(Uri url) =>
        url.IsFile ? "local file" : url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}
