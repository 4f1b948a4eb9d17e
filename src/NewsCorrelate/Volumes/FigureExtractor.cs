using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Finds magnet-export figures stated in article text ("China exported 656 tons of rare earth magnets
/// to the US in October, up 4.5% year on year and 56.1% from September"; "US-bound exports fell 11%
/// month-on-month in November to ~582 tons"; "rose by more than 25% year-over-year in the second quarter")
/// and turns them into <see cref="ReportedFigure"/>s. The destination is resolved through the series' aliases,
/// the month through month names (the year from the publication date when not written), and a sentence that
/// only continues the previous one ("This is a month-on-month increase of 56.1%") adds to its figure.
/// Pure and thread-safe.</summary>
public sealed partial class FigureExtractor
{
    private readonly IReadOnlyList<(string Series, Regex Pattern)> destinations;
    private readonly string? totalSeries;

    /// <param name="series">Series definitions; monthly magnet series named <c>*-magnets-XX</c> or carrying aliases.
    /// The series with alias "total" receives figures that name no destination.</param>
    public FigureExtractor(IEnumerable<SeriesDefinition> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var monthly = series.Where(s => !s.IsCumulative).ToList();
        totalSeries = monthly.FirstOrDefault(s => s.Aliases.Contains("total", StringComparer.OrdinalIgnoreCase))?.Name;
        destinations = monthly.Where(s => s.Name != totalSeries)
            .SelectMany(s => s.Aliases.Where(a => a.Length >= 2).Select(a => (s.Name, AliasPattern(a))))
            .ToList();
    }

    /// <summary>The figures stated in <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<ReportedFigure> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var figures = new List<ReportedFigure>();
        var aboutMagnets = Magnet().IsMatch(article.Title) || Magnet().Count(article.Text) >= 2;
        var articleMonth = DominantMonth(article);
        ReportedFigure? previous = null;
        foreach (var sentence in Sentences.Split(article.Text))
        {
            var found = ReadSentence(sentence, article, aboutMagnets, articleMonth, previous, figures);
            previous = found;
        }
        return figures;
    }

    /// <returns>The last figure this sentence produced or extended, for a continuation sentence to add to.</returns>
    private ReportedFigure? ReadSentence(string sentence, Article article, bool aboutMagnets, Month? articleMonth, ReportedFigure? previous, List<ReportedFigure> figures)
    {
        if (OtherProduct().IsMatch(sentence)) return null;
        var tonnages = Tonnage().Matches(sentence).Where(m => !PerPeriod().IsMatch(sentence[(m.Index + m.Length)..])).ToList();
        var percents = Percent().Matches(sentence).ToList();
        var quarter = Quarter().Match(sentence);
        var monthMatch = MonthName().Match(sentence);
        var destination = Destination(sentence, tonnages.FirstOrDefault()?.Index ?? percents.FirstOrDefault()?.Index ?? 0);

        if (tonnages.Count == 0 && percents.Count > 0 && destination is null && !monthMatch.Success && !quarter.Success
            && previous is not null && Continuation().IsMatch(sentence))
        {
            var extended = ApplyPercents(previous, sentence, percents);
            figures[figures.LastIndexOf(previous)] = extended;
            return extended;
        }

        var mentionsMagnets = Magnet().IsMatch(sentence);
        if (!mentionsMagnets && !(aboutMagnets && Trade().IsMatch(sentence))) return null;

        if (quarter.Success && tonnages.Count == 0 && mentionsMagnets)
        {
            var q = int.Parse(quarter.Groups["q"].Value is { Length: > 0 } digit ? digit : QuarterWord(quarter.Groups["word"].Value), CultureInfo.InvariantCulture);
            var year = quarter.Groups["year"].Success ? int.Parse(quarter.Groups["year"].Value, CultureInfo.InvariantCulture) : article.Published.Date.Year;
            var figure = ApplyPercents(new ReportedFigure(destination ?? totalSeries ?? "", new Month(year, q * 3 - 2), 3, null, null, null, article.Id, sentence), sentence, percents);
            if (figure.Series.Length == 0 || figure.YoyPct is null && figure.MomPct is null) return null;
            figures.Add(figure);
            return figure;
        }

        if (tonnages.Count == 0 && (percents.Count == 0 || !mentionsMagnets || !monthMatch.Success)) return null;
        var month = monthMatch.Success ? ResolveMonth(monthMatch, article.Published) : articleMonth;
        if (month is null) return null;
        var series = destination ?? (Total().IsMatch(sentence) || destinations.All(d => !d.Pattern.IsMatch(sentence)) ? totalSeries : null);
        if (series is null) return null;
        ReportedFigure? last = null;
        if (tonnages.Count == 0)
        {
            last = ApplyPercents(new ReportedFigure(series, month.Value, 1, null, null, null, article.Id, sentence), sentence, percents);
            if (last.YoyPct is null && last.MomPct is null) return null;
            figures.Add(last);
            return last;
        }
        // One figure per tonnage; each percentage goes to the nearest tonnage in the sentence.
        foreach (var t in tonnages)
        {
            var mine = percents.Where(p => tonnages.MinBy(o => Math.Abs(o.Index - p.Index)) == t).ToList();
            var seriesHere = tonnages.Count > 1 ? Destination(sentence, t.Index) ?? series : series;
            last = ApplyPercents(new ReportedFigure(seriesHere, month.Value, 1, Number(t.Groups["n"].Value), null, null, article.Id, sentence), sentence, mine);
            figures.Add(last);
        }
        return last;
    }

    private static ReportedFigure ApplyPercents(ReportedFigure figure, string sentence, IEnumerable<Match> percents)
    {
        foreach (var p in percents)
        {
            var value = Number(p.Groups["n"].Value);
            var after = sentence[(p.Index + p.Length)..];
            var before = sentence[..p.Index];
            var kind = Kind(before, after);
            if (kind is null) continue;
            var sign = Sign(before, after);
            if (sign == 0) continue;
            var pct = sign * value;
            if (pct <= -100) continue;
            figure = kind == "yoy" ? figure with { YoyPct = figure.YoyPct ?? pct } : figure with { MomPct = figure.MomPct ?? pct };
            figure = figure with { Sentence = figure.Sentence.Contains(sentence, StringComparison.Ordinal) ? figure.Sentence : figure.Sentence + " " + sentence };
        }
        return figure;
    }

    /// <summary>"yoy" or "mom" from the period marker nearest the percentage (within 60 characters either side;
    /// a marker just after it, "4.5% year on year", counts as nearer than one before it); null when none.</summary>
    private static string? Kind(string before, string after)
    {
        var head = before[Math.Max(0, before.Length - 60)..];
        var tail = after[..Math.Min(after.Length, 60)];
        (string Kind, int Distance)? best = null;
        void Consider(Regex pattern, string kind)
        {
            foreach (Match m in pattern.Matches(head))
                if (best is null || head.Length - m.Index - m.Length < best.Value.Distance)
                    best = (kind, head.Length - m.Index - m.Length);
            if (pattern.Match(tail) is { Success: true } t && (best is null || t.Index / 2 < best.Value.Distance))
                best = (kind, t.Index / 2);
        }
        Consider(Yoy(), "yoy");
        Consider(Mom(), "mom");
        if (FromMonth().IsMatch(tail)) return "mom";
        return best?.Kind;
    }

    /// <summary>+1 or -1 from the direction word nearest the percentage (before it within its clause, else just after).</summary>
    private static int Sign(string before, string after)
    {
        var clause = before[(before.LastIndexOfAny([';', ':']) + 1)..];
        var up = Up().Matches(clause).LastOrDefault();
        var down = Down().Matches(clause).LastOrDefault();
        if (up is not null || down is not null)
            return (up?.Index ?? -1) > (down?.Index ?? -1) ? 1 : -1;
        var tail = after[..Math.Min(after.Length, 40)];
        if (Up().IsMatch(tail)) return 1;
        if (Down().IsMatch(tail)) return -1;
        return before.TrimEnd().EndsWith('-') ? -1 : 0;
    }

    private string? Destination(string sentence, int near)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (series, pattern) in destinations)
            foreach (Match m in pattern.Matches(sentence))
            {
                // Prefer a destination written before the number ("exports to Germany ... 1,118 tons").
                var distance = m.Index <= near ? near - m.Index : (m.Index - near) * 2;
                if (distance < bestDistance)
                    (best, bestDistance) = (series, distance);
            }
        return best;
    }

    private static Month? DominantMonth(Article article)
    {
        var lead = article.Title + " " + string.Join(' ', Sentences.Split(article.Text).Take(3));
        var m = MonthName().Match(lead);
        return m.Success ? ResolveMonth(m, article.Published) : null;
    }

    /// <summary>The named month; without a written year, the latest such month not after the publication month.</summary>
    private static Month ResolveMonth(Match m, PublishedDate published)
    {
        var number = MonthNumber(m.Groups["name"].Value);
        if (m.Groups["year"].Success)
            return new Month(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), number);
        var year = published.Date.Year;
        return number <= published.Month.Number ? new Month(year, number) : new Month(year - 1, number);
    }

    internal static int MonthNumber(string name) =>
        Array.FindIndex(MonthPrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static string QuarterWord(string word) => word.ToLowerInvariant() switch
    {
        "first" => "1",
        "second" => "2",
        "third" => "3",
        _ => "4",
    };

    private static double Number(string s) => double.Parse(s.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static Regex AliasPattern(string alias)
    {
        var escaped = Regex.Escape(alias).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal);
        // Short aliases ("US", "EU") only in capitals, so the pronoun "us" is not a destination.
        var options = alias.Length <= 3 ? RegexOptions.None : RegexOptions.IgnoreCase;
        return new Regex($@"(?<![\w.]){escaped}(?![\w])", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"magnet", RegexOptions.IgnoreCase)]
    private static partial Regex Magnet();

    [GeneratedRegex(@"\b(export|exports|exported|shipments?|shipped|sales)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();

    [GeneratedRegex(@"\b(alloys?|powders?|semi-finished|rare[- ]earth (products|oxides?|metals?|elements)|magnetic materials)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherProduct();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:metric\s+)?(?:tons|tonnes|tonne|ton|t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tonnage();

    [GeneratedRegex(@"^\s*(a|per)\s+(month|year)", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"year[- ]on[- ]year|year[- ]over[- ]year|\by/y\b|\byoy\b|from a year (earlier|ago|before)|than a year (earlier|ago)|on the year|annual|same (month|period) (a year ago|last year|of (the )?(last|previous) year)", RegexOptions.IgnoreCase)]
    private static partial Regex Yoy();

    [GeneratedRegex(@"month[- ]on[- ]month|month[- ]over[- ]month|\bm/m\b|\bmom\b|from the (previous|prior) month|from a month (earlier|before)|than (in )?the previous month|sequential", RegexOptions.IgnoreCase)]
    private static partial Regex Mom();

    [GeneratedRegex(@"^\s*(from|over|on|compared with|versus|vs\.?)\s+(the\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromMonth();

    [GeneratedRegex(@"\b(up|rise|rises|rose|risen|rising|increase[sd]?|increasing|jump(ed|s)?|climb(ed|s)?|surge[sd]?|surging|gain(ed|s)?|grew|grow(s|n)?|higher|rebound(ed|s)?|soar(ed|s)?|skyrocket(ed|s)?|advance[sd]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Up();

    [GeneratedRegex(@"\b(down|fell|fall(s|en|ing)?|decline[sd]?|declining|drop(ped|s)?|decrease[sd]?|decreasing|plunge[sd]?|plunging|slump(ed|s)?|lower|slid(e|es)?|shr[ai]nk(s)?|shrank|tumble[sd]?|sank|sink(s)?|contract(ed|s)?|dip(ped|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Down();

    [GeneratedRegex(@"\b(?<name>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+(?<year>20\d\d))?")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])|(?<word>first|second|third|fourth) quarter)(?:\s+(?:of\s+)?(?<year>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(total|overall|all destinations|worldwide|global)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    [GeneratedRegex(@"^(This|That|It|Which|The (rise|increase|fall|drop|decline|figure|gain) (was|is|marks?|represents?))\b")]
    private static partial Regex Continuation();
}
