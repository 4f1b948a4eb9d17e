using System.Xml.Linq;

namespace NewsCorrelate.Scraping;

/// <summary>Reads item links and dates from RSS 2.0, RSS 1.0 (RDF) and Atom feeds, and page/child-sitemap URLs from
/// sitemaps (<c>urlset</c>, <c>sitemapindex</c>, Google News <c>news:publication_date</c>). Pure and thread-safe;
/// bad documents give a listing with an error, never an exception.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>True when the first element of <paramref name="text"/> (after an XML declaration, comments, a doctype
    /// and processing instructions) is rss, feed, rdf:RDF, urlset or sitemapindex: a feed or sitemap whatever
    /// Content-Type the server sent. Reads only the start of the text.</summary>
    public static bool LooksLikeListing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        var limit = Math.Min(text.Length, 8192);
        while (i < limit)
        {
            while (i < limit && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
            if (i >= limit || text[i] != '<') return false;
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return false;
                i = end + 3;
                continue;
            }
            if (i + 1 < limit && text[i + 1] is '?' or '!')
            {
                var end = text.IndexOf('>', i + 2);
                if (end < 0) return false;
                i = end + 1;
                continue;
            }
            var start = i + 1;
            var stop = start;
            while (stop < text.Length && (char.IsLetterOrDigit(text[stop]) || text[stop] is ':' or '_' or '-' or '.')) stop++;
            var name = text[start..stop];
            var local = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
            return local is "rss" or "feed" or "RDF" or "urlset" or "sitemapindex";
        }
        return false;
    }

    /// <summary>Parses a feed or sitemap fetched from <paramref name="documentUrl"/> (relative links resolve against it).</summary>
    public static LinkListing Parse(string text, Uri documentUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentUrl);
        var doc = SafeXml.Load(text, out var error);
        if (doc?.Root is not { } root) return LinkListing.Failed(error ?? "empty XML document");
        var pages = new List<DiscoveredLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sitemaps = new List<Uri>();
        void AddPage(string? href, Uri baseUrl, string? date)
        {
            if (UrlNormalizer.Normalize(href, baseUrl) is { } url && seen.Add(url.AbsoluteUri))
                pages.Add(new DiscoveredLink(url, FeedDates.Parse(date)));
        }
        switch (root.Name.LocalName)
        {
            case "rss":
                foreach (var item in root.Elements("channel").Elements("item"))
                {
                    var link = item.Element("link")?.Value;
                    var guid = item.Element("guid");
                    if (string.IsNullOrWhiteSpace(link) && guid is not null && (string?)guid.Attribute("isPermaLink") != "false")
                        link = guid.Value;
                    AddPage(link, documentUrl, item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value);
                }
                return new LinkListing("rss", pages, sitemaps, null);
            case "RDF":
                foreach (var item in root.Elements(Rss1 + "item"))
                    AddPage(item.Element(Rss1 + "link")?.Value ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
                        documentUrl, item.Element(Dc + "date")?.Value);
                return new LinkListing("rdf", pages, sitemaps, null);
            case "feed" when root.Name.Namespace == Atom || root.Name.Namespace == XNamespace.None:
                var ns = root.Name.Namespace;
                var feedBase = XmlBase(root, documentUrl);
                foreach (var entry in root.Elements(ns + "entry"))
                {
                    var links = entry.Elements(ns + "link").ToList();
                    var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
                    AddPage((string?)alternate?.Attribute("href"), XmlBase(entry, feedBase),
                        entry.Element(ns + "published")?.Value ?? entry.Element(ns + "updated")?.Value);
                }
                return new LinkListing("atom", pages, sitemaps, null);
            case "urlset":
                foreach (var url in root.Elements().Where(e => e.Name.LocalName == "url"))
                {
                    var loc = url.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value;
                    var newsDate = url.Element(News + "news")?.Element(News + "publication_date")?.Value;
                    // lastmod is when the page changed, not when it was published: only a news date is a publication date.
                    AddPage(loc, documentUrl, newsDate);
                }
                return new LinkListing("urlset", pages, sitemaps, null);
            case "sitemapindex":
                foreach (var sitemap in root.Elements().Where(e => e.Name.LocalName == "sitemap"))
                    if (UrlNormalizer.Normalize(sitemap.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value, documentUrl) is { } child
                        && seen.Add(child.AbsoluteUri))
                        sitemaps.Add(child);
                return new LinkListing("sitemapindex", pages, sitemaps, null);
            default:
                return LinkListing.Failed($"not a feed or sitemap: the root element is <{root.Name.LocalName}>");
        }
    }

    private static Uri XmlBase(XElement element, Uri inherited) =>
        (string?)element.Attribute(XNamespace.Xml + "base") is { } b && Uri.TryCreate(inherited, b, out var u) ? u : inherited;
}
