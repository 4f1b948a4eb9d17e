using System.Text.RegularExpressions;
using NewsCorrelate.Domain;
using NewsCorrelate.Volumes;

namespace NewsCorrelate.Correlation;

/// <summary>Links candidate articles to one monthly move of a series and ranks them. Each tagged article
/// scores <c>probability x relevance x timing</c>: probability of its strongest directional tag; relevance to
/// the series (product terms such as "magnet" and "rare earth", and the series' destination aliases); timing
/// by months from publication to the move (news from the month before weighs most, then the same month,
/// two months before, and the month after). Its role is driver when the tag's usual direction agrees with
/// the move and counter-evidence when it points the other way. An article that states the series' figure for
/// the month (or the month before: the base of the move) is a data report. Drivers and counter-evidence are
/// grouped into events. Pure and thread-safe.</summary>
public sealed partial class Correlator(FigureExtractor figures, CorrelationOptions? options = null)
{
    private readonly CorrelationOptions options = options ?? CorrelationOptions.Default;

    public CorrelationOptions Options => options;

    /// <summary>The publication window for a move (inclusive), including later data reports.</summary>
    public (DateOnly From, DateOnly To) Window(Month month) =>
        (month.AddMonths(-options.MonthsBefore).FirstDay, month.AddMonths(Math.Max(options.MonthsAfter, options.ReportMonthsAfter)).LastDay);

    /// <summary>Every candidate's evidence for <paramref name="move"/>, strongest first. Articles with neither a
    /// directional tag nor a figure for the move are left out.</summary>
    public IReadOnlyList<ArticleEvidence> Link(MonthlyChange move, SeriesDefinition series, IEnumerable<TaggedArticle> candidates)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(candidates);
        var direction = (MoveDirection)move.Direction;
        var aliases = series.Aliases.Count == 0 ? null : AliasMatcher.For(series.Aliases);
        var lastNewsDay = move.Month.AddMonths(options.MonthsAfter).LastDay;
        var firstDay = move.Month.AddMonths(-options.MonthsBefore).FirstDay;
        var result = new List<ArticleEvidence>();
        foreach (var candidate in candidates)
        {
            var article = candidate.Article;
            var published = article.Published.Date;
            if (published < firstDay) continue;
            var lag = move.Month.MonthsSince(article.Month);
            var relevance = Relevance(article, aliases);
            var stated = (MayStateFigures(article) ? figures.Extract(article) : [])
                .Where(f => f.Series == series.Name && f.Months == 1 && (f.Month == move.Month || f.Month == move.Month.AddMonths(-1)))
                .ToList();
            var tags = candidate.Tags.OrderByDescending(t => t.Probability).ToList();
            if (stated.Count > 0)
            {
                // Reports that name a cause (and so carry a tag) explain more than bare numbers.
                var aboutMonth = stated.Any(f => f.Month == move.Month) ? 1.0 : 0.7;
                var cause = 0.8 + 0.2 * tags.Where(t => TagDirections.Of(t.Tag) != MoveDirection.Unspecified).Select(t => t.Probability).DefaultIfEmpty(0).Max();
                result.Add(new ArticleEvidence(article, EvidenceRole.Report, Math.Round(aboutMonth * cause * relevance * Timing(lag, report: true), 4), tags,
                    stated.Select(f => f.Sentence).Distinct().ToList(), lag));
                continue;
            }
            if (published > lastNewsDay || direction == MoveDirection.Unspecified) continue;
            var directional = tags.Where(t => TagDirections.Of(t.Tag) != MoveDirection.Unspecified).ToList();
            if (directional.Count == 0) continue;
            var strongest = directional[0];
            var role = TagDirections.Of(strongest.Tag) == direction ? EvidenceRole.Driver : EvidenceRole.CounterEvidence;
            var score = strongest.Probability * relevance * Timing(lag, report: false);
            result.Add(new ArticleEvidence(article, role, Math.Round(score, 4), tags, strongest.Evidence, lag));
        }
        return result.OrderByDescending(e => e.Score).ThenBy(e => e.Article.Id.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>Cheap test before reading figures: the text names magnets and a tonnage unit.</summary>
    private static bool MayStateFigures(Article a) =>
        a.Text.Contains("magnet", StringComparison.OrdinalIgnoreCase) && (a.Text.Contains("ton", StringComparison.OrdinalIgnoreCase) || a.Text.Contains(" t ", StringComparison.Ordinal));

    /// <summary>Weight by months from publication to the move: policy news leads the customs data.</summary>
    internal static double Timing(int lag, bool report) => (lag, report) switch
    {
        (-1, true) => 1.0,                              // customs data come out about three weeks after the month
        (0 or -2, true) => 0.9,
        (-3, true) => 0.8,
        (_, true) => 0.6,
        (1, _) => 1.0,
        (0, _) => 0.85,
        (2, _) => 0.75,
        (-1, _) => 0.5,
        _ => 0.3,
    };

    /// <summary>In [0.4, 1]: 0.4 for trade-policy news whose title and lead name neither the product nor the
    /// destination (the lead: the first <see cref="IArticleWindow.LeadLength"/> characters). A destination named in
    /// the title weighs more than one named only in the lead: the title says what the article is about (a report on
    /// Europe's jump that mentions the US fall in passing explains the US move less than one headlined on it).</summary>
    private static double Relevance(Article article, Regex? aliases)
    {
        var lead = article.Text.AsSpan(0, Math.Min(article.Text.Length, IArticleWindow.LeadLength));
        var product = Product().IsMatch(article.Title) || Product().IsMatch(lead) ? 0.3 : 0;
        var destination = aliases is null || aliases.IsMatch(article.Title) ? 0.3 : aliases.IsMatch(lead) ? 0.2 : 0;
        return 0.4 + product + destination;
    }

    [GeneratedRegex(@"magnet|rare[- ]earth", RegexOptions.IgnoreCase)]
    private static partial Regex Product();
}
