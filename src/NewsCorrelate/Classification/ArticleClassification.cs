using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Every tag's score for one article, in the model's label order.</summary>
public sealed record ArticleClassification(string Id, IReadOnlyList<TagScore> Scores)
{
    public IEnumerable<TagScore> Assigned => Scores.Where(s => s.Assigned);

    /// <summary>The assigned tags as domain values for the store.</summary>
    public IReadOnlyList<TagAssignment> ToAssignments(string modelVersion) =>
        Assigned.Select(s => new TagAssignment(s.Tag, s.Probability, s.Evidence, modelVersion)).ToList();
}
