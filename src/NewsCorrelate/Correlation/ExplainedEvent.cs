using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>Articles about one event (the same development reported by several sources), ranked as one.</summary>
/// <param name="Title">The headline of the strongest article.</param>
/// <param name="Date">The earliest publication date among its articles.</param>
/// <param name="Role">Driver or counter-evidence.</param>
/// <param name="Tag">The tag that gives the role.</param>
/// <param name="Score">The best article score, raised slightly for each further source.</param>
/// <param name="Articles">Its articles, strongest first.</param>
public sealed record ExplainedEvent(string Title, DateOnly Date, EvidenceRole Role, Tag Tag, double Score, IReadOnlyList<ArticleEvidence> Articles);
