using System.Globalization;

namespace NewsCorrelate.Scraping;

/// <summary>The robots.txt rules that apply to one crawler on one host (RFC 9309): the groups naming the crawler's
/// product token, else the <c>*</c> groups. A path is allowed unless the longest matching Disallow pattern is longer
/// than the longest matching Allow pattern (ties allow). Patterns support <c>*</c> (any characters) and a final
/// <c>$</c> (end of URL). Immutable and thread-safe.</summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsRules(IReadOnlyList<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, string? note, bool unreachable = false)
    {
        HostUnreachable = unreachable;
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        Note = note;
    }

    /// <summary>Everything allowed (no robots.txt: 4xx).</summary>
    public static RobotsRules AllowAll { get; } = new([], null, [], null);

    /// <summary>Everything disallowed, e.g. when robots.txt answered 5xx or could not be reached (RFC 9309 2.3.1.4).</summary>
    public static RobotsRules DisallowAll(string reason) => new([("/", false)], null, [], reason);

    /// <summary>The host did not answer at all (refused, timed out, no such host): nothing can be fetched from it.</summary>
    public static RobotsRules Unreachable(string reason) => new([("/", false)], null, [], reason, unreachable: true);

    /// <summary>True for <see cref="Unreachable"/>: pages of the host count as failed, not as blocked by robots.txt.</summary>
    public bool HostUnreachable { get; }

    /// <summary>The Crawl-delay for this crawler, when the file gives one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs listed in the file (they apply to every crawler).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Why the rules are what they are when not read from a file (e.g. "robots.txt answered 503").</summary>
    public string? Note { get; }

    /// <summary>Parses robots.txt text for the crawler whose product token is <paramref name="userAgentToken"/>
    /// (e.g. "NewsCorrelate"). Never throws on bad content: unknown lines are ignored.</summary>
    public static RobotsRules Parse(string text, string userAgentToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgentToken);
        var token = userAgentToken.Trim().ToLowerInvariant();
        var sitemaps = new List<string>();
        var mine = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        TimeSpan? myDelay = null, starDelay = null;
        bool foundMine = false, foundStar = false;
        var agents = new List<string>();
        var inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "sitemap")
            {
                if (value.Length > 0) sitemaps.Add(value);
                continue;
            }
            if (key is "user-agent" or "useragent")
            {
                if (inRules) { agents.Clear(); inRules = false; }
                agents.Add(value.ToLowerInvariant());
                continue;
            }
            if (agents.Count == 0) continue;
            inRules = true;
            var isMine = agents.Any(a => a != "*" && a.Length > 0 && token.Contains(a, StringComparison.Ordinal));
            var isStar = agents.Contains("*");
            if (!isMine && !isStar) continue;
            foundMine |= isMine;
            foundStar |= isStar;
            switch (key)
            {
                case "allow" or "disallow":
                    if (value.Length == 0) break; // an empty Disallow allows everything
                    var rule = (value, key == "allow");
                    if (isMine) mine.Add(rule); else star.Add(rule);
                    break;
                case "crawl-delay":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        if (isMine) myDelay = TimeSpan.FromSeconds(seconds); else starDelay = TimeSpan.FromSeconds(seconds);
                    }
                    break;
            }
        }
        return foundMine || !foundStar
            ? new RobotsRules(mine, myDelay, sitemaps, null)
            : new RobotsRules(star, starDelay, sitemaps, null);
    }

    /// <summary>True when the crawler may fetch <paramref name="url"/> (its path and query are matched).</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var target = url.PathAndQuery;
        if (url.AbsolutePath == "/robots.txt") return true;
        int allow = -1, disallow = -1;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, target)) continue;
            if (isAllow) allow = Math.Max(allow, pattern.Length);
            else disallow = Math.Max(disallow, pattern.Length);
        }
        return disallow < 0 || allow >= disallow;
    }

    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        return Match(p, 0, path, 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                while (pi < p.Length && p[pi] == '*') pi++;
                if (pi == p.Length) return true;
                for (var k = si; k <= s.Length; k++)
                    if (Match(p, pi, s, k, anchored)) return true;
                return false;
            }
            if (si >= s.Length || p[pi] != s[si]) return false;
            pi++;
            si++;
        }
        return !anchored || si == s.Length;
    }
}
