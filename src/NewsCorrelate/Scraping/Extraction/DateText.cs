using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Reads a publication date from the forms publishers write: ISO 8601 (the date as written, in the
/// string's own offset, never shifted to UTC), RFC 1123, "Nov 20, 2025", "20 November 2025", "2025/11/20",
/// "20251120", Unix seconds. Years outside 1990-2100 are refused.</summary>
internal static partial class DateText
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YmdRegex();

    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(T|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactRegex();

    [GeneratedRegex(@"\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>[0-3]?\d)(st|nd|rd|th)?,?\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MdyRegex();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(st|nd|rd|th)?\.?\s+(of\s+)?(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DmyRegex();

    [GeneratedRegex(@"(?<!\d)(?<m>[01]?\d)/(?<d>[0-3]?\d)/(?<y>(19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex UsSlashRegex();

    /// <summary>A date from a machine-written value (meta content, JSON-LD, datetime attribute).</summary>
    public static PublishedDate? FromMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length is 10 or 13 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var seconds = s.Length == 13 ? epoch / 1000 : epoch;
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            return InRange(day) ? PublishedDate.OnDay(day) : null;
        }
        var compact = CompactRegex().Match(s);
        if (compact.Success) return Make(compact);
        var ymd = YmdRegex().Match(s);
        if (ymd.Success && ymd.Index <= 12) return Make(ymd);
        if (s.Length == 7 && PublishedDate.TryParse(s, out var month)) return month;
        return FromProse(s);
    }

    /// <summary>A date written in prose: "Nov. 20, 2025", "20 November 2025", "11/20/2025", "2025-11-20".</summary>
    public static PublishedDate? FromProse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        Match? best = null;
        foreach (var regex in (ReadOnlySpan<Regex>)[MdyRegex(), DmyRegex(), YmdRegex(), UsSlashRegex()])
        {
            var m = regex.Match(text);
            if (m.Success && (best is null || m.Index < best.Index)) best = m;
        }
        return best is null ? null : Make(best);
    }

    private static PublishedDate? Make(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (m.Groups["mon"].Success)
        {
            var name = m.Groups["mon"].Value[..3].ToLowerInvariant();
            month = Array.IndexOf(MonthNames, name) + 1;
        }
        else month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
        var day = new DateOnly(year, month, dayOfMonth);
        return InRange(day) ? PublishedDate.OnDay(day) : null;
    }

    private static bool InRange(DateOnly day) => day.Year is >= 1990 and <= 2100;
}
