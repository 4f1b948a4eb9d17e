using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Picks out what is never article text before scoring: non-text elements, hidden elements, navigation
/// landmarks, and (when <c>aggressive</c>) elements whose class or id names page furniture.</summary>
internal static class Pruner
{
    private static readonly HashSet<string> DropTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "map", "button", "input", "select", "textarea", "option", "label", "nav", "aside", "footer", "header", "dialog",
        "link", "meta", "base", "figcaption", "picture", "img", "source", "form", "menu",
    };

    private static readonly HashSet<string> DropRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar",
    };

    /// <summary>The elements to leave out (their subtrees included); the document is not changed.</summary>
    public static HashSet<IElement> Find(IElement root, bool aggressive)
    {
        var doomed = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        Collect(root, aggressive, doomed);
        return doomed;
    }

    private static void Collect(IElement e, bool aggressive, HashSet<IElement> doomed)
    {
        for (var child = e.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (ShouldDrop(child, aggressive)) doomed.Add(child);
            else Collect(child, aggressive, doomed);
        }
    }

    private static bool ShouldDrop(IElement e, bool aggressive)
    {
        var tag = e.LocalName;
        if (DropTags.Contains(tag))
        {
            // A form or header that wraps the whole page (old ASP.NET sites, odd themes) is kept.
            if (tag is "form" or "header" && e.GetElementsByTagName("p").Length > 5) return false;
            return true;
        }
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("role") is { } role && DropRoles.Contains(role)) return true;
        if (e.GetAttribute("style") is { } style && IsHiddenStyle(style)) return true;
        if (e.GetAttribute("aria-hidden") == "true" && tag is "div" or "section" or "ul") return true;
        if (tag is "a" or "article" or "main") return false;
        var classAndId = Hints.ClassAndId(e);
        var furniture = aggressive ? Hints.IsUnlikely(classAndId) : Hints.IsNeverContent(classAndId) && !Hints.IsLikelyContent(classAndId);
        // A wrapper that holds the headline or the article element is layout, whatever its class says.
        return furniture && e.QuerySelector("h1, article, main, [itemprop=articleBody]") is null;
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
