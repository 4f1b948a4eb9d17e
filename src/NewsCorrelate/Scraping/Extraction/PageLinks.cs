using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Outgoing links of a page, for the crawler.</summary>
public static class PageLinks
{
    /// <summary>Every distinct http(s) link of <c>a[href]</c> elements, resolved against the page's
    /// <c>&lt;base href&gt;</c> or <paramref name="pageUrl"/> and normalised like canonical URLs, in document order.
    /// Links marked <c>rel=nofollow</c> are left out. Thread-safe for distinct documents.</summary>
    public static IReadOnlyList<Uri> Find(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var resolved))
            baseUrl = resolved;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<Uri>();
        foreach (var a in document.GetElementsByTagName("a"))
        {
            var href = a.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#')) continue;
            if ((a.GetAttribute("rel") ?? string.Empty).Contains("nofollow", StringComparison.OrdinalIgnoreCase)) continue;
            if (Urls.Normalise(href, baseUrl) is { } url && seen.Add(url)) links.Add(new Uri(url));
        }
        return links;
    }
}
