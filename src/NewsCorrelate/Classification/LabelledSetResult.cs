using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Labelled articles joined from label files and article files, and every line that could not be used.</summary>
public sealed record LabelledSetResult(IReadOnlyList<LabelledArticle> Articles, IReadOnlyList<LineError> Errors);
