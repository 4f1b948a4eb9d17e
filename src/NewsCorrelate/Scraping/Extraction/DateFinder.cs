using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Finds the publication date, strongest evidence first: JSON-LD <c>datePublished</c>, Open Graph
/// <c>article:published_time</c>, other meta tags and microdata, <c>&lt;time datetime&gt;</c> near the headline,
/// the URL, then a dateline in the text. "Updated"/"modified" dates are never taken for the publication date.</summary>
internal static partial class DateFinder
{
    private static readonly string[] OpenGraphNames =
        ["article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time", "og:pubdate"];

    private static readonly string[] MetaNames =
    [
        "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "pub_date",
        "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date",
        "dc.date.created", "citation_publication_date", "citation_date", "article.published", "originalpublicationdate",
        "displaydate", "release_date", "date.published", "article_date_original", "cxenseparse:recs:publishtime", "og:published_time",
    ];

    [GeneratedRegex(@"/(?<y>(19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?=[/-]|$|\.)|[/_-](?<y>(19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDayRegex();

    [GeneratedRegex(@"/(?<y>(19|20)\d\d)/(?<m>[01]?\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex UrlMonthRegex();

    [GeneratedRegex(@"updat|modif|edited|revis", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedRegex();

    public static (PublishedDate? Date, DateSource Source) Find(IDocument document, PageMeta meta, JsonLd jsonLd, Uri? url, string? canonical)
    {
        if (DateText.FromMachine(jsonLd.DatePublished) is { } fromJsonLd) return (fromJsonLd, DateSource.JsonLd);
        foreach (var name in OpenGraphNames)
            if (DateText.FromMachine(meta.Get(name)) is { } og) return (og, DateSource.OpenGraph);
        foreach (var name in MetaNames)
            if (DateText.FromMachine(meta.Get(name)) is { } m) return (m, DateSource.Meta);
        if (DateText.FromMachine(jsonLd.PageDatePublished) is { } page) return (page, DateSource.JsonLd);
        if (FromMicrodata(document) is { } micro) return (micro, DateSource.Meta);
        if (FromTimeElements(document) is { } time) return (time, DateSource.TimeElement);
        foreach (var u in (ReadOnlySpan<string?>)[url?.AbsolutePath, canonical])
            if (FromUrl(u) is { } fromUrl) return (fromUrl, DateSource.Url);
        if (FromDateline(document) is { } dateline) return (dateline, DateSource.Dateline);
        return (null, DateSource.None);
    }

    private static PublishedDate? FromMicrodata(IDocument document)
    {
        foreach (var e in document.QuerySelectorAll("[itemprop=datePublished], [property='article:published_time']"))
        {
            var value = e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent;
            if (DateText.FromMachine(value) is { } d) return d;
        }
        return null;
    }

    private static PublishedDate? FromTimeElements(IDocument document)
    {
        PublishedDate? first = null;
        var h1 = document.QuerySelector("h1");
        foreach (var time in document.GetElementsByTagName("time"))
        {
            if (IsUpdated(time) || InFurniture(time) || !NearHeadline(time, h1)) continue;
            var d = DateText.FromMachine(time.GetAttribute("datetime")) ?? DateText.FromProse(time.TextContent);
            if (d is null) continue;
            if (time.HasAttribute("pubdate") || (time.GetAttribute("class") ?? string.Empty).Contains("publish", StringComparison.OrdinalIgnoreCase))
                return d;
            first ??= d;
        }
        return first;
    }

    /// <summary>True when the element, its label (the text just before it) or a near container says it is an
    /// update or modification time.</summary>
    private static bool IsUpdated(IElement time)
    {
        var x = time;
        for (var level = 0; level < 3 && x is not null && x.LocalName != "body"; level++, x = x.ParentElement)
        {
            if (UpdatedRegex().IsMatch(Hints.ClassAndId(x)) || UpdatedRegex().IsMatch(x.GetAttribute("itemprop") ?? string.Empty)) return true;
            var label = LabelBefore(x);
            if (label.Length > 0) return UpdatedRegex().IsMatch(label);
        }
        return false;
    }

    /// <summary>The short text just before an element: its previous text node, or a previous sibling element's text.</summary>
    private static string LabelBefore(IElement e)
    {
        for (var n = e.PreviousSibling; n is not null; n = n.PreviousSibling)
        {
            var text = n.TextContent.Trim();
            if (text.Length == 0) continue;
            return text.Length <= 40 ? text : text[^40..];
        }
        return string.Empty;
    }

    /// <summary>True when <paramref name="e"/> belongs with the headline: after it in the page, or in the same small
    /// header block. A date printed in the site's masthead (often today's date, i.e. the crawl date) is not.</summary>
    private static bool NearHeadline(IElement e, IElement? h1)
    {
        if (h1 is null) return true;
        if (h1.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following)) return true;
        var block = h1.ParentElement;
        for (var level = 0; level < 3 && block is not null && block.LocalName != "body"; level++, block = block.ParentElement)
            if (block.Contains(e)) return true;
        return false;
    }

    private static bool InFurniture(IElement e)
    {
        for (var x = e.ParentElement; x is not null && x.LocalName != "body"; x = x.ParentElement)
        {
            if (x.LocalName is "aside" or "footer" or "nav") return true;
            var classAndId = Hints.ClassAndId(x);
            if (classAndId.Contains("comment", StringComparison.OrdinalIgnoreCase) || classAndId.Contains("related", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public static PublishedDate? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var day = UrlDayRegex().Match(url);
        if (day.Success)
        {
            var y = int.Parse(day.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(day.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)) return PublishedDate.OnDay(new DateOnly(y, m, d));
        }
        var month = UrlMonthRegex().Match(url);
        if (month.Success)
        {
            var y = int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is >= 1 and <= 12) return PublishedDate.InMonth(new Month(y, m));
        }
        return null;
    }

    /// <summary>The first date written in the lines just after the headline (or in a byline/date element).</summary>
    private static PublishedDate? FromDateline(IDocument document)
    {
        var h1 = document.QuerySelector("h1");
        foreach (var e in document.QuerySelectorAll(".byline, .dateline, .date, .post-date, .entry-date, .meta, .article-meta, .post-meta, .published, .timestamp"))
        {
            if (InFurniture(e) || !NearHeadline(e, h1)) continue;
            var text = Text.Squash(e.TextContent);
            if (text.Length < 200 && !UpdatedRegex().IsMatch(text) && DateText.FromProse(text) is { } d) return d;
        }
        if (h1 is null) return null;
        var seen = 0;
        for (var n = Next(h1); n is not null && seen < 600; n = Next(n))
        {
            if (n.NodeType != NodeType.Text) continue;
            var text = Text.Squash(n.TextContent);
            if (text.Length == 0) continue;
            seen += text.Length;
            if (UpdatedRegex().IsMatch(text) && !text.Contains("publish", StringComparison.OrdinalIgnoreCase)) continue;
            if (DateText.FromProse(text) is { } d) return d;
        }
        return null;
    }

    /// <summary>The next node in document order after <paramref name="n"/>, skipping its children.</summary>
    private static INode? Next(INode n)
    {
        if (n.FirstChild is { } child && n is not IElement { LocalName: "h1" }) return child;
        for (var x = n; x is not null; x = x.Parent)
            if (x.NextSibling is { } sibling) return sibling;
        return null;
    }
}
