using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>One row of a label file: an article id and its tags (none when the tags cell is empty), with the line it
/// came from so later checks (unknown id, unknown tag) can name it.</summary>
public sealed record LabelRow(ArticleId ArticleId, IReadOnlySet<Tag> Tags, int Line);
