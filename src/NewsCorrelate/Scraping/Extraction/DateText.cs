using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Reads a publication date from the forms publishers write: ISO 8601 (the date as written, in the
/// string's own offset, never shifted to UTC), RFC 1123, "Nov 20, 2025", "20 November 2025", "2025/11/20",
/// "20251120", Unix seconds. Years outside 1990-2100 are refused.</summary>
internal static partial class DateText
{
    /// <summary>Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch.</summary>
    private static readonly Dictionary<string, int> Months = BuildMonths(
        "jan january januar janvier janv enero ene gennaio gen janeiro januari jän jänner",
        "feb february februar février févr fevrier febrero febbraio fevereiro februari",
        "mar march märz marz mars marzo março maart mrt",
        "apr april avril avr abril aprile",
        "may mai mayo maggio maio mei",
        "jun june juni juin junio giugno junho",
        "jul july juli juillet juil julio luglio lug julho",
        "aug august août aout agosto ago augustus",
        "sep sept september septembre septiembre setiembre settembre set setembro",
        "oct october oktober octobre octubre ottobre ott outubro out okt",
        "nov november novembre noviembre novembro",
        "dec december dezember décembre decembre déc diciembre dic dicembre dezembro dez");

    private static Dictionary<string, int> BuildMonths(params string[] perMonth)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < perMonth.Length; i++)
            foreach (var name in perMonth[i].Split(' '))
                months.TryAdd(name, i + 1);
        return months;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YmdRegex();

    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(T|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactRegex();

    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{3,10})\.?\s+(?<d>[0-3]?\d)(st|nd|rd|th)?,?\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MdyRegex();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(st|nd|rd|th|er|º)?\.?\s+(of\s+|de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(de\s+|del\s+)?(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    /// <summary>A date written in prose: "Nov. 20, 2025", "20 November 2025", "20. November 2025", "20 de noviembre de
    /// 2025", "11/20/2025" (US order), "2025-11-20". The earliest valid date in the text wins.</summary>
    public static PublishedDate? FromProse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        PublishedDate? best = null;
        var bestIndex = int.MaxValue;
        foreach (var regex in (ReadOnlySpan<Regex>)[MdyRegex(), DmyRegex(), YmdRegex(), UsSlashRegex()])
        {
            // The first match that is a real date (a month name, a valid day) wins; earliest in the text overall.
            for (var m = regex.Match(text); m.Success && m.Index < bestIndex; m = m.NextMatch())
            {
                if (Make(m) is not { } date) continue;
                best = date;
                bestIndex = m.Index;
                break;
            }
        }
        return best;
    }

    private static PublishedDate? Make(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (m.Groups["mon"].Success)
        {
            if (!Months.TryGetValue(m.Groups["mon"].Value, out month)) return null;
        }
        else month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
        var day = new DateOnly(year, month, dayOfMonth);
        return InRange(day) ? PublishedDate.OnDay(day) : null;
    }

    private static bool InRange(DateOnly day) => day.Year is >= 1990 and <= 2100;
}
