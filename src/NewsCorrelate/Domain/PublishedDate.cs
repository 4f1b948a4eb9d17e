using System.Globalization;

namespace NewsCorrelate.Domain;

/// <summary>When an article was published: a day, or only a month when that is all that is known.</summary>
public readonly record struct PublishedDate
{
    private PublishedDate(DateOnly date, DatePrecision precision)
    {
        Date = date;
        Precision = precision;
    }

    /// <summary>The day; the first of the month when <see cref="Precision"/> is <see cref="DatePrecision.Month"/>.</summary>
    public DateOnly Date { get; }

    public DatePrecision Precision { get; }

    public Month Month => Month.Of(Date);

    public static PublishedDate OnDay(DateOnly date) => new(date, DatePrecision.Day);

    public static PublishedDate InMonth(Month month) => new(month.FirstDay, DatePrecision.Month);

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, or an ISO 8601 date-time (the date part is kept).
    /// Returns false for anything else, never throws.</summary>
    public static bool TryParse(string? text, out PublishedDate published)
    {
        published = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (Month.TryParse(s, out var month))
        {
            published = InMonth(month);
            return true;
        }
        if (s.Length >= 10 && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && (s.Length == 10 || s[10] is 'T' or 't' or ' '))
        {
            if (s.Length > 10 && !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                return false;
            published = OnDay(day);
            return true;
        }
        return false;
    }

    /// <summary><c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for month precision.</summary>
    public override string ToString() =>
        Precision == DatePrecision.Month ? Month.ToString() : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
