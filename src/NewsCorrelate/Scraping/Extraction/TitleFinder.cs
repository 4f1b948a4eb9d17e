using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Picks the headline: the visible h1 when the metadata agrees with it, else og:title, JSON-LD
/// headline or the title tag with site-name prefixes and suffixes (" | Site", " - Site Name") removed.</summary>
internal static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", " ~ ", " : "];

    public static string? Find(IDocument document, PageMeta meta, JsonLd jsonLd, string? siteName)
    {
        var og = Clean(meta.Get("og:title", "twitter:title", "twitter:text:title"), siteName);
        var headline = Clean(jsonLd.Headline, siteName);
        var titleTag = Clean(document.Title, siteName);
        var h1s = Headings(document);
        var candidates = new[] { og, headline, titleTag }.Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).ToList();

        // A visible h1 that one of the metadata titles contains is the headline as printed.
        foreach (var h1 in h1s)
        {
            var key = Text.Key(h1);
            if (key.Length < 8) continue;
            if (candidates.Any(c => Text.Key(c).Contains(key, StringComparison.Ordinal) || key.Contains(Text.Key(c), StringComparison.Ordinal) && Text.Key(c).Length > 15))
                return h1;
        }
        if (candidates.Count > 0) return candidates[0];
        return h1s.FirstOrDefault(h => h.Length > 0);
    }

    /// <summary>The texts of the h1 elements (or, without any, of the first headline-like element).</summary>
    private static List<string> Headings(IDocument document)
    {
        var list = new List<string>();
        foreach (var h in document.GetElementsByTagName("h1"))
        {
            var t = Text.Squash(h.TextContent);
            if (t.Length is > 0 and < 400) list.Add(t);
        }
        if (list.Count == 0)
            foreach (var h in document.QuerySelectorAll("[itemprop=headline], .headline, .entry-title, .post-title, h2"))
            {
                var t = Text.Squash(h.TextContent);
                if (t.Length is > 10 and < 400)
                {
                    list.Add(t);
                    break;
                }
            }
        return list;
    }

    /// <summary>Removes a site name prefix or suffix: the part equal to <paramref name="siteName"/> when known,
    /// else a short trailing part after a separator when the rest is clearly longer.</summary>
    public static string? Clean(string? title, string? siteName)
    {
        var t = Text.Squash(System.Net.WebUtility.HtmlDecode(title ?? string.Empty));
        if (t.Length == 0) return null;
        var siteKey = Text.Key(siteName);
        foreach (var sep in Separators)
        {
            var parts = t.Split(sep);
            if (parts.Length < 2) continue;
            if (siteKey.Length > 0)
            {
                var kept = parts.Where(p => !IsSite(p, siteKey)).ToList();
                if (kept.Count < parts.Length && kept.Count > 0) return Clean(string.Join(sep, kept), siteName);
            }
            var last = parts[^1];
            var rest = string.Join(sep, parts[..^1]);
            if (sep != " : " && sep != " - " && last.Length <= 30 && rest.Length >= 2 * last.Length && WordCount(last) <= 4)
                return Clean(rest, siteName);
            if (sep == " - " && last.Length <= 25 && rest.Length >= 3 * last.Length && WordCount(last) <= 3 && LooksLikeName(last))
                return Clean(rest, siteName);
        }
        return t;
    }

    private static bool IsSite(string part, string siteKey)
    {
        var k = Text.Key(part);
        if (k.Length == 0) return false;
        if (k == siteKey) return true;
        // "Harbour Ledger" for "The Harbour Ledger", "Ledger" for "Ledger Online", "ledger.com" for "Ledger".
        if (k.Length >= 4 && (siteKey.StartsWith(k, StringComparison.Ordinal) || siteKey.EndsWith(k, StringComparison.Ordinal))) return true;
        return k.StartsWith(siteKey, StringComparison.Ordinal) && k.Length <= siteKey.Length + 8;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool LooksLikeName(string s) =>
        s.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.Contains('.'));
}
