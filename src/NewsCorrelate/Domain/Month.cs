using System.Globalization;

namespace NewsCorrelate.Domain;

/// <summary>A calendar month (year and month number), the unit of every volume series and of month filters.
/// Written and parsed as <c>YYYY-MM</c>. Ordering is chronological.</summary>
public readonly record struct Month : IComparable<Month>
{
    public Month(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 = January ... 12 = December.</summary>
    public int Number { get; }

    /// <summary>First day of the month.</summary>
    public DateOnly FirstDay => new(Year, Number, 1);

    /// <summary>Last day of the month (inclusive).</summary>
    public DateOnly LastDay => new(Year, Number, DateTime.DaysInMonth(Year, Number));

    /// <summary>Months since year 0 (a dense ordinal, handy for arithmetic and storage).</summary>
    public int Ordinal => Year * 12 + (Number - 1);

    public static Month FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public Month AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(Month other) => Ordinal - other.Ordinal;

    public int CompareTo(Month other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(Month a, Month b) => a.Ordinal < b.Ordinal;
    public static bool operator >(Month a, Month b) => a.Ordinal > b.Ordinal;
    public static bool operator <=(Month a, Month b) => a.Ordinal <= b.Ordinal;
    public static bool operator >=(Month a, Month b) => a.Ordinal >= b.Ordinal;

    private static readonly string[] NamePrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>1-12 for an English month name or abbreviation ("November", "Nov", "Sept"), 0 for anything else.</summary>
    public static int NumberFromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length < 3 ? 0 : Array.FindIndex(NamePrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;
    }

    /// <summary>1-4 for a quarter written as a word ("first", "2nd", "Third"), 0 for anything else.</summary>
    public static int QuarterFromWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.ToLowerInvariant() switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            _ => 0,
        };
    }

    /// <summary>Parses <c>YYYY-MM</c> exactly. Returns false (never throws) for anything else.</summary>
    public static bool TryParse(string? text, out Month month)
    {
        month = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.Length != 7 || s[4] != '-') return false;
        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
        if (!int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        if (y < 1 || m < 1 || m > 12) return false;
        month = new Month(y, m);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c>; throws <see cref="FormatException"/> naming the bad text.</summary>
    public static Month Parse(string text) =>
        TryParse(text, out var m) ? m : throw new FormatException($"'{text}' is not a month; expected YYYY-MM, e.g. 2025-11.");

    public override string ToString() => $"{Year:D4}-{Number:D2}";
}
