using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Finds the author: JSON-LD author, author meta tags, then byline markup ("By Jane Doe").</summary>
internal static partial class Bylines
{
    [GeneratedRegex(@"^(by|written by|words by|from)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static string? Find(IDocument document, PageMeta meta, JsonLd jsonLd)
    {
        if (jsonLd.Author is { } a) return a;
        var fromMeta = meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator");
        if (fromMeta is not null && !fromMeta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return Clean(fromMeta);
        foreach (var e in document.QuerySelectorAll("[itemprop=author], [rel=author], .byline, .author, .author-name"))
        {
            var name = Clean(Text.Squash(e.TextContent));
            if (name is { Length: > 2 and < 80 }) return name;
        }
        return null;
    }

    private static string? Clean(string s)
    {
        var t = ByPrefix().Replace(Text.Squash(s), string.Empty).Trim();
        return t.Length == 0 ? null : t;
    }
}
