using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>One article linked to a monthly move, with why.</summary>
/// <param name="Article">The article.</param>
/// <param name="Role">Driver, counter-evidence or data report.</param>
/// <param name="Score">Ranking score in [0, 1]: tag probability x relevance to the series x timing weight.</param>
/// <param name="Tags">The article's tags (all of them, strongest first).</param>
/// <param name="Evidence">The sentences that carry the role: tag evidence for drivers and counter-evidence,
/// the figure sentences for reports.</param>
/// <param name="LagMonths">Months from the article's publication to the move (1 = published the month before).</param>
public sealed record ArticleEvidence(
    Article Article,
    EvidenceRole Role,
    double Score,
    IReadOnlyList<TagAssignment> Tags,
    IReadOnlyList<string> Evidence,
    int LagMonths);
