using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>Reads an analyst's question: months ("November", "Nov", "2025-11", "November 2025", "last month",
/// "this month"), quarters ("Q2 2025", "second quarter"), direction words (drop, fall, decline, plunge, slump,
/// dip, collapse; rise, jump, surge, rebound, increase, spike) and series hints (a series name or alias:
/// "US", "Germany", "Japan", "EU", "total"). Pure; "last month" is relative to the given today.</summary>
public sealed partial class QuestionParser
{
    private readonly IReadOnlyList<(string Series, Regex Pattern)> aliases;

    public QuestionParser(IEnumerable<SeriesDefinition> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var monthly = series.Where(s => !s.IsCumulative).ToList();
        aliases = monthly.Select(s => (s.Name, new Regex($@"(?<![\w-]){Regex.Escape(s.Name)}(?![\w-])", RegexOptions.IgnoreCase)))
            .Concat(monthly.SelectMany(s => s.Aliases.Select(a => (s.Name, AliasMatcher.For(a)))))
            .ToList();
    }

    /// <summary>Parses <paramref name="text"/>; never throws for any text. An empty question is an error value.</summary>
    public ParseOutcome<Question> Parse(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseOutcome<Question>.Fail("the question is empty; try \"what explained the November drop\"");
        var q = text.Trim();
        Month? month = null;
        var yearGiven = false;
        var months = 1;
        var thisMonth = Month.Of(today);
        if (IsoMonth().Match(q) is { Success: true } iso)
        {
            if (!Month.TryParse(iso.Value, out var m))
                return ParseOutcome<Question>.Fail($"'{iso.Value}' is not a month (use YYYY-MM, e.g. 2025-11)");
            (month, yearGiven) = (m, true);
        }
        else if (QuarterPattern().Match(q) is { Success: true } quarter)
        {
            var n = quarter.Groups["q"].Success ? int.Parse(quarter.Groups["q"].Value, CultureInfo.InvariantCulture) : Month.QuarterFromWord(quarter.Groups["word"].Value);
            var year = Year(quarter) ?? thisMonth.Year;
            (month, yearGiven, months) = (new Month(year, n * 3 - 2), Year(quarter) is not null, 3);
        }
        else if (Relative().Match(q) is { Success: true } relative)
        {
            (month, yearGiven) = (relative.Groups["which"].Value.ToLowerInvariant() == "last" || relative.Groups["which"].Value.ToLowerInvariant() == "previous" ? thisMonth.AddMonths(-1) : thisMonth, true);
        }
        else if (MonthName().Matches(q).FirstOrDefault(IsMonth) is { } named)
        {
            var number = Month.NumberFromName(named.Groups["name"].Value);
            var year = Year(named);
            (month, yearGiven) = (new Month(year ?? thisMonth.Year, number), year is not null);
        }
        var direction = Down().IsMatch(q) ? MoveDirection.Down : Up().IsMatch(q) ? MoveDirection.Up : MoveDirection.Unspecified;
        var series = aliases.Where(a => a.Pattern.IsMatch(q)).Select(a => a.Series).FirstOrDefault();
        return ParseOutcome<Question>.Ok(new Question(q, month, yearGiven, months, direction, series));
    }

    /// <summary>"may" is a month only as "May" (not opening the question) or with a year: "what may explain" is not.</summary>
    private static bool IsMonth(Match m) =>
        !m.Groups["name"].Value.Equals("may", StringComparison.OrdinalIgnoreCase)
        || m.Groups["year"].Success
        || m.Groups["name"].Value == "May" && m.Index > 0;

    private static int? Year(Match m) => m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b\d{4}-\d{1,2}\b")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])|(?<word>first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?:\s*(?:of\s+)?(?<year>(19|20)\d\d))?|\b(?<year>(19|20)\d\d)\s*-?\s*Q(?<q>[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\b(?<which>last|previous|this)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?<name>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?:\s*,?\s*(?<year>(19|20)\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(drop(ped|s)?|fall|fell|falls|decline[sd]?|plunge[sd]?|plunging|slump(ed|s)?|dip(ped|s)?|collapse[sd]?|decrease[sd]?|slide|slid|tumble[sd]?|sink|sank|lower|down|weak(er|ness)?|contraction|shortfall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Down();

    [GeneratedRegex(@"\b(rise|rose|rises|jump(ed|s)?|surge[sd]?|rebound(ed|s)?|increase[sd]?|spike[sd]?|climb(ed|s)?|gain(ed|s)?|soar(ed|s)?|recover(y|ed|s)?|higher|up|grow(th)?|grew|boom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Up();
}
