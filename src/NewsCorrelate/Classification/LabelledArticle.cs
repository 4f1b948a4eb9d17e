using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>A training or evaluation example: an article and the tags an analyst gave it (possibly none).</summary>
public sealed record LabelledArticle(ClassifierInput Article, IReadOnlySet<Tag> Tags, DateOnly? Published = null);
