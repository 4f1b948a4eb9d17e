using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>What was read from one article page. Immutable.</summary>
/// <param name="Title">The headline, single line, cleaned of site-name suffixes.</param>
/// <param name="Published">The publication day as printed by the publisher (its own time zone, never shifted to
/// UTC); null when the page does not say. Never the crawl date.</param>
/// <param name="PublishedSource">Where <paramref name="Published"/> came from.</param>
/// <param name="Author">Byline name(s), comma separated; null when unknown.</param>
/// <param name="SiteName">The outlet's name; null when unknown.</param>
/// <param name="CanonicalUrl">Absolute, normalised canonical URL (lower-case scheme and host, no fragment, no
/// tracking parameters); null when the page gives none and no page URL was known.</param>
/// <param name="Language">BCP 47 tag such as <c>en</c> or <c>en-GB</c>; null when unknown.</param>
/// <param name="Paragraphs">The main text, one entry per paragraph, each on a single line; never empty.</param>
/// <param name="OriginalUrl">Absolute, normalised URL of the original this page says it reproduces (syndication
/// markup: <c>rel="original-source"</c>, the <c>original-source</c> / <c>syndication-source</c> meta tags, JSON-LD
/// <c>isBasedOn</c>); null for a page that names no other original. <see cref="ArticleIntake"/> files a copy under its original's story.</param>
public sealed record ExtractedPage(
    string Title,
    PublishedDate? Published,
    DateSource PublishedSource,
    string? Author,
    string? SiteName,
    string? CanonicalUrl,
    string? Language,
    IReadOnlyList<string> Paragraphs,
    string? OriginalUrl = null)
{
    /// <summary>The main text with paragraphs separated by a blank line (<c>"\n\n"</c>).</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <summary>The store's article for this page. Id from the canonical URL, else <paramref name="fetchedFrom"/>, else
    /// the content hash; source is the site name, else the host. Check <see cref="Published"/> first: a page without
    /// a date cannot become an <see cref="Article"/> and this throws <see cref="InvalidOperationException"/>.</summary>
    public Article ToArticle(Uri? fetchedFrom, ArticleOrigin origin = ArticleOrigin.Scraped)
    {
        if (Published is not { } published)
            throw new InvalidOperationException($"'{Title}' has no publication date; an article needs one.");
        var url = fetchedFrom is null ? null : Urls.Normalise(null, fetchedFrom);
        var identity = CanonicalUrl ?? url;
        var text = Text;
        var id = identity is not null ? ArticleId.FromUrl(identity) : ArticleId.FromContentHash(Article.ComputeContentHash(Title, text));
        var host = identity is not null ? new Uri(identity).Host : null;
        return new Article(id, url, CanonicalUrl, SiteName ?? host ?? "unknown", Title, published, text, origin);
    }
}
