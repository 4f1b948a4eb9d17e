using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Reads one saved or fetched HTML page into an <see cref="ExtractedPage"/> (title, date, byline,
/// site, canonical URL, language, main text without page furniture), or says why it cannot (a listing page,
/// no main text). Pure: no I/O, no clock. Thread-safe: one instance may serve any number of threads.</summary>
public sealed class ArticleExtractor
{
    /// <summary>Main text shorter than this (in non-space characters) is not an article.</summary>
    private const int MinTextChars = 200;

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsNotConsumingCharacterReferences = false,
        IsKeepingSourceReferences = false,
    }));

    /// <summary>Parses HTML the way the extractor does (scripts, styles and comments dropped first, JSON-LD kept).
    /// Parse once and pass the document to both <see cref="Extract(IDocument, Uri?)"/> and <see cref="PageLinks.Find"/>.</summary>
    public static IDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parser.Value!.ParseDocument(HtmlPrefilter.Strip(html));
    }

    /// <summary>Extracts the article from raw HTML. <paramref name="pageUrl"/> (where the page came from, when
    /// known) resolves a relative canonical link and lends its date when the page states none.</summary>
    public Extraction Extract(string html, Uri? pageUrl) => Extract(Parse(html), pageUrl);

    /// <summary>Extracts the article from a parsed document, which is read but not changed.</summary>
    public Extraction Extract(IDocument document, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body;
        if (body is null) return Extraction.NotArticle("no body element");

        var meta = PageMeta.Read(document);
        var jsonLd = JsonLd.Read(document.QuerySelectorAll("script[type*='ld+json' i]").Select(s => s.TextContent));
        var siteName = Clean(meta.Get("og:site_name", "application-name", "twitter:app:name:iphone") ?? jsonLd.PublisherName ?? jsonLd.WebSiteName);
        var canonical = Urls.Normalise(meta.Canonical ?? meta.Get("og:url") ?? jsonLd.Url, pageUrl);
        var original = OriginalOf(meta, jsonLd, pageUrl, canonical);
        var (published, source) = DateFinder.Find(document, meta, jsonLd, pageUrl, canonical);
        var title = TitleFinder.Find(document, meta, jsonLd, siteName);

        var text = MainText.Find(body, title);
        if (text.Chars < MinTextChars && jsonLd.ArticleBody is { Length: > 400 } ldBody)
            text = MainText.FromPlain(ldBody);
        if (text.Chars < MinTextChars)
        {
            if (text.PageTeaserLinks >= 8)
                return Extraction.NotArticle($"listing page: {text.PageTeaserLinks} headline links, {text.Chars} characters of running text");
            return Extraction.NotArticle(text.Chars == 0 ? "no main text found" : $"no main text found: {text.Chars} characters of text");
        }
        var articleMarkup = jsonLd.HasArticle || string.Equals(meta.Get("og:type"), "article", StringComparison.OrdinalIgnoreCase)
            || document.QuerySelector("[itemprop=articleBody], [itemprop=articlebody]") is not null;
        if (IsListing(text, articleMarkup, jsonLd.HasListing && !jsonLd.HasArticle))
            return Extraction.NotArticle($"listing page: {text.TeaserLinks} headline links, {text.Paragraphs.Count} paragraphs ({text.LongParagraphs} long)");
        if (title is null) return Extraction.NotArticle("no title found");

        return Extraction.Article(new ExtractedPage(
            title,
            published,
            source,
            Bylines.Find(document, meta, jsonLd),
            siteName,
            canonical,
            Languages.Normalise(meta.Language ?? meta.Get("content-language", "og:locale", "language") ?? jsonLd.Language),
            text.Paragraphs,
            original));
    }

    /// <summary>The original a syndicated copy names: <c>&lt;link rel="original-source"&gt;</c>, the
    /// <c>original-source</c> or <c>syndication-source</c> meta tag, or JSON-LD <c>isBasedOn</c>; null when the page
    /// names none, or names itself. A meta or JSON-LD value must be a URL (absolute, or a path from the site's root):
    /// some pages put an outlet's name there.</summary>
    private static string? OriginalOf(PageMeta meta, JsonLd jsonLd, Uri? pageUrl, string? canonical)
    {
        var named = meta.Get("original-source", "syndication-source") ?? jsonLd.IsBasedOn;
        if (named is not null && !named.StartsWith('/') && !named.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !named.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            named = null;
        var original = Urls.Normalise(meta.OriginalSource ?? named, pageUrl);
        if (original is null || original == canonical) return null;
        return pageUrl is not null && original == Urls.Normalise(null, pageUrl) ? null : original;
    }

    /// <summary>An index, tag, search or archive page: its main block is a run of headline links, one per item,
    /// with at most a short summary each. Article markup (og:type article, a JSON-LD article) raises the bar.</summary>
    private static bool IsListing(MainText text, bool articleMarkup, bool listingMarkup)
    {
        if (listingMarkup && text.LongParagraphs < 5) return true;
        var teasers = text.TeaserLinks;
        var paragraphs = text.Paragraphs.Count;
        if (teasers >= 5 && teasers >= 1.5 * paragraphs) return true;
        // "Headline, summary" repeated: an index even when the summaries are long.
        var items = text.TeaserItems;
        if (items >= 5 && items >= (articleMarkup ? 0.9 : 0.6) * text.LongParagraphs) return true;
        return teasers >= 8 && teasers >= (articleMarkup ? 1.0 : 0.5) * paragraphs;
    }

    private static string? Clean(string? s)
    {
        var t = Text.Squash(s);
        return t.Length == 0 ? null : t;
    }
}
