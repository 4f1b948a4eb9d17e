using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Finds magnet-export figures stated in article text ("China exported 656 tons of rare earth magnets
/// to the US in October, up 4.5% year on year and 56.1% from September"; "US-bound exports fell 11%
/// month-on-month in November to ~582 tons"; "rose by more than 25% year-over-year in the second quarter";
/// "exports for the first nine months totalled 39,817 tonnes") and turns them into <see cref="ReportedFigure"/>s.
/// <list type="bullet">
/// <item>The destination is resolved through the series' aliases, within the clause that holds the number.</item>
/// <item>Each tonnage takes the month written next to it ("46 tonnes in May", "September's 1,288 tonnes"),
/// else the article's data month (the first month named in the title and lead); months that are only a
/// comparison ("from May", "than in September", "up 12% on October") never become a figure's month.</item>
/// <item>A comparison base ("from 590 tonnes in August") is a figure of its own month only when that month is
/// written; percentages go to the current figure, never to the base.</item>
/// <item>Cumulative figures ("first nine months", "January-October") go to the <c>-YTD</c> series; ranges
/// ("420 to 660 tonnes") and other products (oxides, alloys, powders) are ignored.</item>
/// <item>A sentence that only continues the previous one ("This is a month-on-month increase of 56.1%") adds
/// to its figure.</item>
/// </list>
/// Pure and thread-safe.</summary>
public sealed partial class FigureExtractor
{
    private readonly IReadOnlyList<(string Series, Regex Pattern)> destinations;
    private readonly string? totalSeries;
    private readonly HashSet<string> known;

    /// <param name="series">Series definitions. The monthly series with alias "total" receives figures that name no
    /// destination; cumulative figures go to the series of the same name with <c>-YTD</c> appended, when defined.</param>
    public FigureExtractor(IEnumerable<SeriesDefinition> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = series.ToList();
        known = all.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var monthly = all.Where(s => !s.IsCumulative).ToList();
        totalSeries = monthly.FirstOrDefault(s => s.Aliases.Contains("total", StringComparer.OrdinalIgnoreCase))?.Name;
        destinations = monthly.Where(s => s.Name != totalSeries)
            .SelectMany(s => s.Aliases.Where(a => a.Length >= 2).Select(a => (s.Name, AliasMatcher.For(a))))
            .ToList();
    }

    /// <summary>The figures stated in <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<ReportedFigure> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var figures = new List<ReportedFigure>();
        var aboutMagnets = Magnet().IsMatch(article.Title) || Magnet().Count(article.Text) >= 2;
        var sentences = SentenceSplitter.Split(article.Text);
        var (dataMonth, dataCumulative) = DataPeriod(article, sentences);
        ReportedFigure? previous = null;
        foreach (var sentence in sentences)
            previous = ReadSentence(sentence, article, aboutMagnets, dataMonth, dataCumulative, previous, figures);
        return figures;
    }

    /// <returns>The last figure this sentence produced or extended, for a continuation sentence to add to.</returns>
    private ReportedFigure? ReadSentence(string sentence, Article article, bool aboutMagnets, Month? dataMonth, bool dataCumulative, ReportedFigure? previous, List<ReportedFigure> figures)
    {
        if (!sentence.AsSpan().ContainsAnyInRange('0', '9') || OtherProduct().IsMatch(sentence) || Hypothetical().IsMatch(sentence)) return null;
        var tonnages = Tonnage().Matches(sentence).Where(m => !PerPeriod().IsMatch(sentence[(m.Index + m.Length)..]) && !InRange(sentence, m)).ToList();
        var percents = Percent().Matches(sentence).ToList();
        var quarter = Quarter().Match(sentence);
        var anyMonth = MonthName().IsMatch(sentence);
        var near = tonnages.FirstOrDefault()?.Index ?? percents.FirstOrDefault()?.Index ?? 0;

        if (tonnages.Count == 0 && percents.Count > 0 && !anyMonth && !quarter.Success && Destination(sentence, near) is null
            && previous is not null && Continuation().IsMatch(sentence))
        {
            var extended = ApplyPercents(previous, sentence, percents, percents);
            figures[figures.LastIndexOf(previous)] = extended;
            return extended;
        }

        var mentionsMagnets = Magnet().IsMatch(sentence);
        if (!mentionsMagnets && !(aboutMagnets && Trade().IsMatch(sentence))) return null;

        if (quarter.Success && tonnages.Count == 0 && mentionsMagnets)
        {
            var q = quarter.Groups["q"].Value is { Length: > 0 } digit ? int.Parse(digit, CultureInfo.InvariantCulture) : Month.QuarterFromWord(quarter.Groups["word"].Value);
            var year = quarter.Groups["year"].Success ? int.Parse(quarter.Groups["year"].Value, CultureInfo.InvariantCulture) : article.Published.Date.Year;
            var series = SeriesAt(sentence, quarter.Index);
            if (series is null) return null;
            var figure = ApplyPercents(new ReportedFigure(series, new Month(year, q * 3 - 2), 3, null, null, null, article.Id, sentence), sentence, percents, percents);
            if (figure.YoyPct is null && figure.MomPct is null) return null;
            figures.Add(figure);
            return figure;
        }

        if (tonnages.Count == 0)
        {
            // Percentages only: kept when the sentence names magnets and its own month ("fell 11% in November").
            var own = percents.Count > 0 && mentionsMagnets ? OwnMonth(sentence, percents[0], [], article.Published, false) : null;
            var series = own is null ? null : SeriesAt(sentence, percents[0].Index);
            if (own is null || series is null) return null;
            var f = ApplyPercents(new ReportedFigure(series, own.Value, 1, null, null, null, article.Id, sentence), sentence, percents, percents);
            if (f.YoyPct is null && f.MomPct is null) return null;
            figures.Add(f);
            return f;
        }

        ReportedFigure? last = null;
        var current = tonnages.Where(t => !IsBase(sentence, t)).ToList();
        foreach (var t in tonnages)
        {
            var (start, end) = Clause(sentence, t.Index);
            if (IsBound(sentence, t) || VagueMonth().IsMatch(sentence[start..end])) continue;
            // What lies past a neighbouring number belongs to that number.
            var numbers = Tonnage().Matches(sentence);
            if (numbers.LastOrDefault(n => n.Index < t.Index) is { } before) start = Math.Max(start, before.Index + before.Length);
            if (numbers.FirstOrDefault(n => n.Index > t.Index) is { } next) end = Math.Min(end, next.Index);
            var isBase = !current.Contains(t);
            var own = OwnMonth(sentence, t, tonnages, article.Published, isBase);
            // "..., bringing the full-year total to Y": that total belongs to the number after it, not to this one.
            var region = sentence[start..end];
            var cumulative = Cumulative().Match(region) is { Success: true } c && c.Index > t.Index - start && Bringing().IsMatch(region[..c.Index])
                ? null
                : CumulativeEnd(region, article.Published, dataMonth, own is not null);
            var month = cumulative ?? own;
            var isCumulative = cumulative is not null;
            // Only the sentence's first current figure may fall back on the article's data period.
            if (month is null && !isBase && t == current[0])
                (month, isCumulative) = (dataMonth, dataCumulative);
            if (month is null) continue;
            var series = SeriesAt(sentence, t.Index);
            if (series is null) continue;
            if (isCumulative)
            {
                series += "-YTD";
                if (!known.Contains(series)) continue;
            }
            // a percentage is this number's when it is nearest to it and its own clause names no other destination
            // ("total shipments fell to 2,627 tonnes, and US-bound volumes were 59% lower")
            var mine = isBase ? [] : percents.Where(p => current.MinBy(o => Math.Abs(o.Index - p.Index)) == t && !NamesOtherSeries(sentence, p.Index, series));
            last = ApplyPercents(new ReportedFigure(series, month.Value, 1, Number(t.Groups["n"].Value), null, null, article.Id, sentence), sentence, percents, mine);
            figures.Add(last);
        }
        return last;
    }

    /// <summary>The month written right at a number: "46 tonnes in May", "in May, ... 46 tonnes",
    /// "September's 1,288 tonnes", within the number's clause and not past a neighbouring number; comparison
    /// months ("from May") excluded. A comparison base only takes a month written right after it.</summary>
    private static Month? OwnMonth(string sentence, Match number, IReadOnlyList<Match> numbers, PublishedDate published, bool isBase)
    {
        var (start, end) = Clause(sentence, number.Index);
        var previousNumber = numbers.LastOrDefault(n => n.Index < number.Index);
        var nextNumber = numbers.FirstOrDefault(n => n.Index > number.Index);
        if (previousNumber is not null) start = Math.Max(start, previousNumber.Index + previousNumber.Length);
        if (nextNumber is not null) end = Math.Min(end, nextNumber.Index);
        Match? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match m in MonthName().Matches(sentence))
        {
            if (m.Index < start || m.Index >= end || Comparison().IsMatch(sentence[..m.Index])) continue;
            var after = m.Index > number.Index;
            var distance = after ? m.Index - (number.Index + number.Length) : number.Index - (m.Index + m.Length);
            if (after && distance > 60 || isBase && (!after || distance > 15)) continue;
            if (distance < bestDistance) (best, bestDistance) = (m, distance);
        }
        if (best is null && !isBase && WhenAfterMonth().Match(sentence[..Clause(sentence, number.Index).Start]) is { Success: true } antecedent)
            return ResolveMonth(antecedent, published);   // "in May, when exports fell to 1,238 tonnes"
        return best is null ? null : ResolveMonth(best, published);
    }

    /// <summary>The series for a number, in order: a destination named before it in its clause ("exports to
    /// Germany ... 1,118 tons"); a destination introduced right after it ("656 tons of magnets to the US", even when
    /// the clause goes on to a "highest monthly total"); the total series when the clause says total/overall; a
    /// destination earlier in the sentence; the total series
    /// when the sentence speaks of magnet exports; otherwise none.</summary>
    private string? SeriesAt(string sentence, int index)
    {
        var (start, end) = Clause(sentence, index);
        var clause = sentence[start..end];
        var local = index - start;
        if (Destination(clause[..local], local) is { } before) return before;
        var afterNumber = local;
        while (afterNumber < clause.Length && (char.IsDigit(clause[afterNumber]) || clause[afterNumber] is ',' or '.')) afterNumber++;
        var tail = clause[afterNumber..Math.Min(clause.Length, afterNumber + 90)];
        if (DestinationIntro().Match(tail) is { Success: true } intro && Destination(tail[(intro.Index + intro.Length)..], 0) is { } after) return after;
        if (Total().IsMatch(clause)) return totalSeries;
        if (Destination(sentence[..start], start) is { } earlier) return earlier;
        return Magnet().IsMatch(sentence) && Trade().IsMatch(sentence) ? totalSeries : null;
    }

    /// <summary>Whether the clause of a percentage names, before it, a destination whose series is not
    /// <paramref name="series"/> (or the cumulative series of it).</summary>
    private bool NamesOtherSeries(string sentence, int index, string series)
    {
        var (start, _) = Clause(sentence, index);
        return Destination(sentence[start..index], index - start) is { } named && named != series && named + "-YTD" != series;
    }

    private static bool IsBound(string sentence, Match tonnage) =>
        BoundMarker().IsMatch(sentence[Math.Max(0, tonnage.Index - 20)..tonnage.Index]);

    private static bool IsBase(string sentence, Match tonnage) =>
        BaseMarker().IsMatch(sentence[Math.Max(0, tonnage.Index - 30)..tonnage.Index]);

    private static bool InRange(string sentence, Match tonnage) =>
        RangeBefore().IsMatch(sentence[..tonnage.Index]) || RangeAfter().IsMatch(sentence[(tonnage.Index + tonnage.Length)..]);

    /// <summary>The end month of a cumulative period in the sentence ("first nine months" = September of the
    /// publication year or the year before; "January-October"; "first half" = June; "first quarter" = March;
    /// "full-year 2025", "the whole of 2025" = December 2025; "cumulative"/"year to date" = the article's data month), or null.</summary>
    /// <param name="hasOwnMonth">The number has a month of its own ("in January"): a bare year ("in 2024") then
    /// does not make it cumulative.</param>
    private static Month? CumulativeEnd(string sentence, PublishedDate published, Month? dataMonth, bool hasOwnMonth = false)
    {
        var m = Cumulative().Match(sentence);
        if (!m.Success)
            return GenericCumulative().IsMatch(sentence) ? dataMonth : null;
        if (m.Groups["yearBefore"].Success && !m.Groups["full"].Success)
        {
            var y = int.Parse(m.Groups["yearBefore"].Value, CultureInfo.InvariantCulture);
            if (hasOwnMonth || y > published.Date.Year || y == published.Date.Year && published.Month.Number < 12) return null;
        }
        int number;
        if (m.Groups["count"].Success) number = Ordinal(m.Groups["count"].Value);
        else if (m.Groups["half"].Success) number = 6;
        else if (m.Groups["quarter"].Success) number = 3;
        else if (m.Groups["until"].Success) number = Month.NumberFromName(m.Groups["until"].Value);
        else number = 12;
        if (number is < 1 or > 12) return null;
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : m.Groups["yearBefore"].Success ? int.Parse(m.Groups["yearBefore"].Value, CultureInfo.InvariantCulture)
            : number < published.Month.Number || number == 12 && published.Month.Number == 12 ? published.Date.Year : published.Date.Year - 1;
        return new Month(year, number);
    }

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
        "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    /// <param name="all">Every percentage in the sentence (a period marker is looked for only up to the neighbouring ones).</param>
    /// <param name="percents">Those that belong to this figure.</param>
    private static ReportedFigure ApplyPercents(ReportedFigure figure, string sentence, IReadOnlyList<Match> all, IEnumerable<Match> percents)
    {
        foreach (var p in percents)
        {
            var value = Number(p.Groups["n"].Value);
            var after = sentence[(p.Index + p.Length)..];
            var before = sentence[..p.Index];
            // a period marker belongs to the nearest percentage: look only as far as the neighbouring ones ("fell 11% to
            // 582 tonnes and were 8.8% lower than a year earlier": the year is the 8.8%'s, the 11% has none)
            var previousEnd = all.Where(o => o.Index + o.Length <= p.Index).Select(o => o.Index + o.Length).DefaultIfEmpty(0).Max();
            var nextStart = all.Where(o => o.Index >= p.Index + p.Length).Select(o => o.Index).DefaultIfEmpty(sentence.Length).Min();
            var kind = Kind(sentence[previousEnd..p.Index], sentence[(p.Index + p.Length)..nextStart]);
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
        if (FromMonth().IsMatch(tail)) return "mom";
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
        return best?.Kind;
    }

    /// <summary>+1 or -1: a direction word right after the percentage ("17.5% higher") wins; otherwise the
    /// nearest one before it in its clause ("fell 11%", "an increase of 4.5%"); otherwise one shortly after.</summary>
    private static int Sign(string before, string after)
    {
        var next = AfterDirection().Match(after);
        if (next.Success) return next.Groups["up"].Success ? 1 : -1;
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

    private string? Destination(string text, int near)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (series, pattern) in destinations)
            foreach (Match m in pattern.Matches(text))
            {
                // Prefer a destination written before the number ("exports to Germany ... 1,118 tons").
                var distance = m.Index <= near ? near - m.Index : (m.Index - near) * 2;
                if (distance < bestDistance)
                    (best, bestDistance) = (series, distance);
            }
        return best;
    }

    /// <summary>The bounds of the clause around <paramref name="index"/>: split at semicolons, dashes and
    /// conjunctions that start a new statement (", with", " while", " but", ", and", ", though").</summary>
    private static (int Start, int End) Clause(string sentence, int index)
    {
        var start = 0;
        var end = sentence.Length;
        foreach (Match b in ClauseBreak().Matches(sentence))
        {
            if (b.Index + b.Length <= index) start = Math.Max(start, b.Index + b.Length);
            else if (b.Index >= index) { end = Math.Min(end, b.Index); break; }
        }
        return (start, end);
    }

    /// <summary>The period a data story is about: the first month named in its title and first sentences that
    /// lies within three months before publication (customs data come out about three weeks after the month),
    /// and whether the lead speaks of a cumulative period ("January and February", "first two months").
    /// Null when the lead names no such month.</summary>
    private static (Month? Month, bool Cumulative) DataPeriod(Article article, IReadOnlyList<string> sentences)
    {
        var lead = article.Title + ". " + string.Join(' ', sentences.Take(3));
        bool Recent(Month m) => m <= article.Published.Month && m >= article.Published.Month.AddMonths(-3);
        var cumulative = Cumulative().Match(lead);
        if (cumulative.Success && (cumulative.Groups["full"].Success || cumulative.Groups["yearBefore"].Success))
            return (null, false);   // a year in review: only figures with a month of their own
        foreach (Match m in MonthName().Matches(lead))
        {
            if (Comparison().IsMatch(lead[..m.Index])) continue;
            if (cumulative.Success && cumulative.Index <= m.Index) break;
            var month = ResolveMonth(m, article.Published);
            if (Recent(month)) return (month, false);
        }
        if (cumulative.Success && CumulativeEnd(cumulative.Value, article.Published, null) is { } end && Recent(end))
            return (end, true);
        return (null, false);
    }

    /// <summary>The named month; without a written year, the latest such month not after the publication month.</summary>
    private static Month ResolveMonth(Match m, PublishedDate published)
    {
        var number = Month.NumberFromName(m.Groups["name"].Value);
        if (m.Groups["year"].Success)
            return new Month(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), number);
        var year = published.Date.Year;
        return number <= published.Month.Number ? new Month(year, number) : new Month(year - 1, number);
    }

    private static double Number(string s) => double.Parse(s.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"magnet", RegexOptions.IgnoreCase)]
    private static partial Regex Magnet();

    [GeneratedRegex(@"\b(export|exports|exported|shipments?|shipped|sales|intake|imports?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();

    [GeneratedRegex(@"\b(alloys?|powders?|semi-finished|rare[- ]earth (products|oxides?|metals?|elements)|magnetic materials)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherProduct();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:metric\s+)?(?:tons|tonnes|tonne|ton|t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tonnage();

    [GeneratedRegex(@"^\s*(a|per)\s+(month|year)", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"(\d\s*(to|-|–|and)\s*|between\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^\s*(to|-|–|and)\s*(about\s+|roughly\s+)?\d", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\b(from|against|compared (with|to)|versus|vs\.?)\s+(about|around|roughly|some|nearly|just|a|an|more than|less than|over|under)?\s*~?$", RegexOptions.IgnoreCase)]
    private static partial Regex BaseMarker();

    [GeneratedRegex(@"(\b(from|since|than|than in|after|before|over|versus|compared with|compared to|below|above|against|times|twice|double|triple|of)|(%|\b(percent|per cent|up|down|higher|lower))\s+on)\s+(the\s+|its\s+|their\s+)?(end of\s+|start of\s+|early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:(?:the\s+)?first\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months|(?:the\s+)?first[\s-]+(?<half>half)|(?:the\s+)?first[\s-]+(?<quarter>quarter)|(?:January|Jan\.?)\s*(?:-|–|/|to|through|and)\s*(?<until>February|March|April|May|June|July|August|September|October|November|December|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?<full>full[\s-]+year|whole year|for the year|as a whole|annual total)|(?<full>(?:the\s+)?whole\s+of)\s+(?<yearBefore>20\d\d)\b|(?:in|for|during)\s+(?<yearBefore>20\d\d)\b(?!\s*[-–/])(?:\s+as a whole)?|(?<full>(?:the\s+)?(?<yearBefore>20\d\d)\s+total)|(?<full>(?:the\s+)?(?:year's|annual|yearly)\s+total))(?:\s+(?:of\s+)?(?<year>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Cumulative();

    [GeneratedRegex(@"\b(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<year>20\d\d))?,\s+when\s*$")]
    private static partial Regex WhenAfterMonth();

    [GeneratedRegex(@"\b(bringing|taking|lifting|pushing|raising|putting)\s+(the\s+)?\S*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bringing();

    [GeneratedRegex(@"^(If|Should|Unless|Were|Suppose)\b")]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(cumulative|year[- ]to[- ]date|so far this year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericCumulative();

    [GeneratedRegex(@"\b(below|above|under|over|more than|less than|at least|at most|fewer than|exceeding)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundMarker();

    [GeneratedRegex(@"\b(that|the same|this) month\b|\bthat time\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueMonth();

    [GeneratedRegex(@"^(?:(?!\b(?:and|while|but|whereas)\b)[^,;]){0,70}?\b(to|for|bound for|destined for)\s+(the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DestinationIntro();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"year[- ]on[- ]year|year[- ]over[- ]year|\by/y\b|\byoy\b|(from|than|on) a year (earlier|ago|before)|on the year|\bannual|same (month|period) (a year ago|last year|of (the )?(last|previous|prior) year)|\b(than|than in|from|below|above|on|over|against)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+20\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex Yoy();

    [GeneratedRegex(@"month[- ]on[- ]month|month[- ]over[- ]month|\bm/m\b|\bmom\b|on the month|(from|than) the (previous|prior) month|from a month (earlier|before)|sequential", RegexOptions.IgnoreCase)]
    private static partial Regex Mom();

    [GeneratedRegex(@"^\s*((more|less|higher|lower|up|down)\s+)?(from|over|on|compared with|versus|vs\.?|than|than in)\s+(the\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\s+20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FromMonth();

    [GeneratedRegex(@"^\s*(?:(?<up>higher|more|up|above)|(?<down>lower|less|down|below))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterDirection();

    [GeneratedRegex(@"\b(up|rise|rises|rose|risen|rising|increase[sd]?|increasing|jump(ed|s)?|climb(ed|s)?|surge[sd]?|surging|gain(ed|s)?|grew|grow(s|n)?|higher|rebound(ed|s)?|soar(ed|s)?|skyrocket(ed|s)?|advance[sd]?|doubled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Up();

    [GeneratedRegex(@"\b(down|fell|fall(s|en|ing)?|decline[sd]?|declining|drop(ped|s)?|decrease[sd]?|decreasing|plunge[sd]?|plunging|slump(ed|s)?|lower|slid(e|es)?|shr[ai]nk(s)?|shrank|tumble[sd]?|sank|sink(s)?|contract(ed|s)?|dip(ped|s)?|eased?|slipped|sagged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Down();

    [GeneratedRegex(@"\b(?<name>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:'s)?(?:\s+(?<year>20\d\d))?")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])|(?<word>first|second|third|fourth) quarter)(?:\s+(?:of\s+)?(?<year>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(total|overall|all destinations|worldwide|global)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    [GeneratedRegex(@";|\s[—–]\s|,\s+(with|while|but|whereas|and|though|although|as|leaving|when|after|before)\b|\s+(while|whereas|but|though)\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(This|That|It|Which|The (rise|increase|fall|drop|decline|figure|gain) (was|is|marks?|represents?))\b")]
    private static partial Regex Continuation();
}
