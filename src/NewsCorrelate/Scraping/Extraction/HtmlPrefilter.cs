using System.Text;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Drops the parts of raw HTML that never hold article text (scripts other than JSON-LD, styles,
/// inline SVG, noscript blocks and comments) before parsing, which roughly halves the parser's work on
/// news pages. Pure and thread-safe.</summary>
internal static class HtmlPrefilter
{
    private static readonly string[] RawElements = ["script", "style", "svg", "noscript", "template"];

    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var end = SkipEnd(html, lt);
            if (end <= lt)
            {
                i = lt + 1;
                continue;
            }
            sb ??= new StringBuilder(html.Length);
            sb.Append(html, copied, lt - copied);
            sb.Append(' ');
            copied = end;
            i = end;
        }
        if (sb is null) return html;
        sb.Append(html, copied, html.Length - copied);
        return sb.ToString();
    }

    /// <summary>Index just past the element or comment that starts at <paramref name="lt"/> when it should be
    /// dropped; otherwise <paramref name="lt"/>.</summary>
    private static int SkipEnd(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        foreach (var name in RawElements)
        {
            if (!StartsTag(html, lt, name)) continue;
            var tagEnd = html.IndexOf('>', lt);
            if (tagEnd < 0) return lt;
            if (name == "script" && html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                return lt;
            if (html[tagEnd - 1] == '/' && name == "svg") return tagEnd + 1;
            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return lt;
            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? html.Length : closeEnd + 1;
        }
        return lt;
    }

    private static bool StartsTag(string html, int lt, string name)
    {
        var after = lt + 1 + name.Length;
        if (after >= html.Length) return false;
        if (string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var c = html[after];
        return c == '>' || c == '/' || char.IsWhiteSpace(c);
    }
}
