using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>The page's head-level metadata: meta tags by lower-cased name or property (first value wins),
/// itemprop values, the canonical and original-source links and the document language.</summary>
internal sealed class PageMeta
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    public string? Canonical { get; private set; }

    /// <summary>The href of <c>&lt;link rel="original-source"&gt;</c>: the page a syndicated copy reproduces.</summary>
    public string? OriginalSource { get; private set; }

    public string? Language { get; private set; }

    public static PageMeta Read(IDocument document)
    {
        var meta = new PageMeta { Language = document.DocumentElement?.GetAttribute("lang") };
        foreach (var m in document.GetElementsByTagName("meta"))
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = m.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key)) meta._meta.TryAdd(key.Trim(), content.Trim());
            }
        }
        foreach (var link in document.GetElementsByTagName("link"))
        {
            var rel = link.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel is null || link.GetAttribute("href") is not { Length: > 0 } href) continue;
            if (rel.Contains("canonical", StringComparer.OrdinalIgnoreCase)) meta.Canonical ??= href.Trim();
            if (rel.Contains("original-source", StringComparer.OrdinalIgnoreCase)) meta.OriginalSource ??= href.Trim();
        }
        return meta;
    }

    /// <summary>The first non-empty value among the given meta names, or null.</summary>
    public string? Get(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (_meta.TryGetValue(name, out var v)) return v;
        return null;
    }
}
