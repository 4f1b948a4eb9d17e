using NewsCorrelate.Domain;
using NewsCorrelate.Volumes;

namespace NewsCorrelate.Correlation;

/// <summary>The answer to "what explained this move": the move, ranked events for and against, the data
/// reports, a summary paragraph, and notes on how the question was read.</summary>
public sealed record Explanation(
    SeriesDefinition Series,
    MonthlyChange Move,
    IReadOnlyList<ExplainedEvent> Drivers,
    IReadOnlyList<ExplainedEvent> CounterEvidence,
    IReadOnlyList<ArticleEvidence> Reports,
    string Summary,
    IReadOnlyList<string> Notes);
