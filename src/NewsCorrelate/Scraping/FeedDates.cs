using System.Globalization;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping;

/// <summary>Reads the dates found in feeds and sitemaps: RFC 822 (RSS pubDate, e.g. "Tue, 18 Nov 2025 08:00:00 GMT")
/// and W3C/ISO 8601 (Atom, sitemaps, dc:date). The day is kept as written in the publisher's own offset.</summary>
internal static class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz", "d MMM yyyy",
    ];

    public static PublishedDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (PublishedDate.TryParse(s, out var iso)) return iso;
        var comma = s.IndexOf(',');
        if (comma >= 0 && comma < 10) s = s[(comma + 1)..].Trim();
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 5)
        {
            var zone = parts[^1];
            if (Zones.TryGetValue(zone, out var offset)) parts[^1] = offset;
            else if (zone.Length == 5 && zone[0] is '+' or '-') parts[^1] = zone[..3] + ":" + zone[3..];
            s = string.Join(' ', parts);
        }
        return DateTimeOffset.TryParseExact(s, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            ? PublishedDate.OnDay(DateOnly.FromDateTime(parsed.DateTime))
            : null;
    }
}
