using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>An article with the tags the classifier assigned to it.</summary>
public sealed record TaggedArticle(Article Article, IReadOnlyList<TagAssignment> Tags);
