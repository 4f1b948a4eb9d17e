using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>What an element's class and id say about it. Generic words only: no site-specific rules.</summary>
internal static partial class Hints
{
    /// <summary>Words in class or id that mark likely main content.</summary>
    [GeneratedRegex(@"article|body|content|entry|main|post|text|story|blog|prose|paragraph|rich-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveRegex();

    /// <summary>Words in class or id that mark page furniture.</summary>
    [GeneratedRegex(@"comment(?!ary)|disqus|foot|masthead|promo|related|recirc|recommend|share|sharing|social|sidebar|sidebox|sponsor|shopping|widget|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|banner|breadcrumb|byline|author|caption|credit|advert|(^|[\s_-])ads?([\s_-]|$)|popup|modal|menu|navigation|navbar|(^|[\s_-])nav([\s_-]|$)|tags|taglist|keywords|trending|popular|most-read|more-stories|read-more|readmore|toolbar|tools|pagination|pager|disclaimer|copyright|outbrain|taboola|skyscraper|rss|login|paywall|overlay|dialog|teaser|meta|timestamp|dateline|print", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRegex();

    /// <summary>Furniture so reliably not article text that a matching element is dropped before scoring
    /// (unless it also looks like content).</summary>
    [GeneratedRegex(@"comment(?!ary)|disqus|related|recirc|recommend|share|sharing|social|sidebar|sponsor|newsletter|subscri|signup|cookie|consent|gdpr|breadcrumb|advert|(^|[\s_-])ads?([\s_-]|$)|popup|modal|(^|[\s_-])nav([\s_-]|$)|navbar|menu|trending|most-read|more-stories|read-more|readmore|outbrain|taboola|skyscraper|paywall|footer|masthead|pagination|pager", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyRegex();

    /// <summary>Furniture dropped even when the first attempt found too little text: these never hold article text.</summary>
    [GeneratedRegex(@"comment(?!ary)|disqus|cookie|consent|gdpr|newsletter|share-?bar|social-?share|advert", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverContentRegex();

    /// <summary>Words that rescue an "unlikely" element because they also describe content containers (or posts
    /// embedded in the text, such as quoted tweets).</summary>
    [GeneratedRegex(@"article|body|content|main|story|entry|post-?text|column|embed|twitter-tweet|instagram-media", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeRegex();

    public static string ClassAndId(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(id)) return cls ?? string.Empty;
        return string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    /// <summary>+25 for a content word, -25 for a furniture word, in class and id each.</summary>
    public static int Weight(IElement e)
    {
        var weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[e.GetAttribute("class"), e.Id])
        {
            if (string.IsNullOrEmpty(value)) continue;
            if (NegativeRegex().IsMatch(value)) weight -= 25;
            if (PositiveRegex().IsMatch(value)) weight += 25;
        }
        return weight;
    }

    public static bool IsUnlikely(string classAndId) =>
        classAndId.Length > 0 && UnlikelyRegex().IsMatch(classAndId) && !MaybeRegex().IsMatch(classAndId);

    public static bool IsNeverContent(string classAndId) => classAndId.Length > 0 && NeverContentRegex().IsMatch(classAndId);

    public static bool IsFurniture(string classAndId) => classAndId.Length > 0 && UnlikelyRegex().IsMatch(classAndId);

    public static bool IsNegative(string classAndId) => classAndId.Length > 0 && NegativeRegex().IsMatch(classAndId);

    /// <summary>True when class or id also names a content container ("article-body", "story-content").</summary>
    public static bool IsLikelyContent(string classAndId) => classAndId.Length > 0 && MaybeRegex().IsMatch(classAndId);
}
