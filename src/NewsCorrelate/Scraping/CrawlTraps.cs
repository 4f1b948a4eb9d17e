using System.Text.RegularExpressions;

namespace NewsCorrelate.Scraping;

/// <summary>Rules that cut off URLs leading into endless link spaces: over-long URLs, many query parameters,
/// repeating path segments (<c>/a/b/a/b/a/b</c>), deep paths, and calendar pages far from the present
/// (<c>/calendar/2087/03</c>, <c>?month=1931-01</c>, <c>?year=2090</c>). Query-parameter explosions on one path are counted by the
/// <see cref="Frontier"/>. Pure and thread-safe.</summary>
public static partial class CrawlTraps
{
    public const int MaxUrlLength = 1024;
    public const int MaxQueryParameters = 8;
    public const int MaxPathSegments = 12;

    /// <summary>Distinct query strings allowed on one path before further ones are cut off.</summary>
    public const int MaxQueryVariantsPerPath = 60;

    /// <summary>Why <paramref name="url"/> looks like a trap, or null when it looks fine.</summary>
    public static string? Check(Uri url, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile) return null;
        if (url.AbsoluteUri.Length > MaxUrlLength) return $"URL longer than {MaxUrlLength} characters";
        var query = url.Query.TrimStart('?');
        if (query.Length > 0 && query.Split('&').Length > MaxQueryParameters) return $"more than {MaxQueryParameters} query parameters";
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > MaxPathSegments) return $"path deeper than {MaxPathSegments} segments";
        if (segments.GroupBy(s => s, StringComparer.Ordinal).Any(g => g.Count() >= 3)) return "repeating path segments";
        foreach (Match m in CalendarYear().Matches(url.PathAndQuery))
        {
            var group = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            var year = int.Parse(group.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (year > currentYear + 1 || year < currentYear - 30) return $"calendar page for {year}";
        }
        return null;
    }

    /// <summary>A year followed by a month ("/2025/11", "/2025-11", "=2025-11") or a <c>year=</c> parameter; a bare
    /// number such as "/story/1850" is an id, not a year.</summary>
    [GeneratedRegex(@"(?<=[/=])((?:1[89]|2\d)\d\d)(?=[/-](?:0?[1-9]|1[0-2])(?:\D|$))|(?<=[?&]year=)((?:1[89]|2\d)\d\d)(?=&|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarYear();
}
