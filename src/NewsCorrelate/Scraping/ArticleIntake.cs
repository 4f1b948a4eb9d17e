using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Scraping;

/// <summary>Turns an extracted page into a stored article, or into another source of a story already stored. A page's
/// story is identified by the original it names (syndication markup, <see cref="ExtractedPage.OriginalUrl"/>), else its
/// own canonical URL (<c>rel=canonical</c> / og:url, else the fetched URL, normalised); then by identical content hash,
/// then by near-duplicate text (SimHash). A story already stored under that URL is unchanged or updated by the stored
/// page itself; replaced by the story's original page when it was stored from a copy naming it (the copy stays as a
/// source); and any other page, a copy naming the original, is recorded as a source, with the same text or not. So a
/// story and the copies that name it end up stored the same whichever is fetched first. Thread-safe: checks and writes are
/// serialised, so two copies of one story fetched at once cannot both become new articles.</summary>
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
        var self = url.IsFile ? null : UrlNormalizer.Normalize(url)?.AbsoluteUri;
        var original = UrlNormalizer.NormalizeToString(page.OriginalUrl);
        var canonical = original ?? UrlNormalizer.NormalizeToString(page.CanonicalUrl) ?? self;
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
                // This page is the story's own page (not a copy naming another) when its canonical URL is where it was fetched.
                var isOriginal = original is null && (canonical == self || canonical == article.Url);
                if (same.Url is null ? isOriginal : same.Url == article.Url || (self is not null && UrlNormalizer.NormalizeToString(same.Url) == self))
                {
                    if (same.ContentHash == article.ContentHash) return IntakeOutcome.Unchanged;
                    store.Upsert([article with { Id = same.Id }]);
                    return IntakeOutcome.Updated;
                }
                if (isOriginal)
                {
                    // Stored so far from a copy that names this page: the original takes the copy's place, the copy stays a source.
                    store.ReplaceKeepingSource(article with { Id = same.Id });
                    return IntakeOutcome.Replaced;
                }
                // Another page naming the story's page as its canonical or original (an AMP page, a syndicated copy): a source.
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
