using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>Groups evidence about the same event: same role and tag, published within four days of the
/// event's first article, and sharing enough distinctive words of title and lead (Jaccard >= 0.12 over words of
/// four or more letters). Greedy in score order, so each event is led by its strongest article. Only the strongest
/// <see cref="MaxArticles"/> articles per role are grouped (an answer shows a handful of events), which keeps the
/// cost bounded on large stores. Pure.</summary>
public static partial class EventGrouper
{
    private const int MaxDaysApart = 4;
    private const double MinSimilarity = 0.12;

    /// <summary>Most articles per role considered for grouping.</summary>
    public const int MaxArticles = 100;

    public static IReadOnlyList<ExplainedEvent> Group(IEnumerable<ArticleEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var events = new List<(ArticleEvidence Lead, Tag Tag, HashSet<string> Words, List<ArticleEvidence> Members)>();
        var strongest = evidence.Where(e => e.Role != EvidenceRole.Report).GroupBy(e => e.Role)
            .SelectMany(g => g.OrderByDescending(e => e.Score).Take(MaxArticles))
            .OrderByDescending(e => e.Score);
        foreach (var e in strongest)
        {
            var tag = e.Tags.First(t => TagDirections.Of(t.Tag) != MoveDirection.Unspecified).Tag;
            var words = Words(e.Article);
            var home = events.FirstOrDefault(g => g.Lead.Role == e.Role && g.Tag == tag
                && Math.Abs(g.Members.Min(m => m.Article.Published.Date.DayNumber) - e.Article.Published.Date.DayNumber) <= MaxDaysApart
                && Jaccard(g.Words, words) >= MinSimilarity);
            if (home.Members is null)
                events.Add((e, tag, words, [e]));
            else
                home.Members.Add(e);
        }
        return events.Select(g => new ExplainedEvent(
                g.Lead.Article.Title,
                g.Members.Min(m => m.Article.Published.Date),
                g.Lead.Role,
                g.Tag,
                Math.Round(Math.Min(1, g.Lead.Score * (1 + 0.05 * (g.Members.Count - 1))), 4),
                g.Members))
            .OrderByDescending(e => e.Score)
            .ToList();
    }

    private static HashSet<string> Words(Article article)
    {
        var lead = article.Title + " " + string.Join(' ', article.Text.Split(' ', 80).Take(79));
        return WordPattern().Matches(lead.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex WordPattern();
}
