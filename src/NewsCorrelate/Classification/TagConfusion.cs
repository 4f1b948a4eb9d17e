using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>How often articles labelled <paramref name="Labelled"/> (a tag name, or <see cref="None"/> for articles
/// with no tag) were wrongly given <paramref name="Predicted"/>, which they were not labelled with.</summary>
public sealed record TagConfusion(string Labelled, Tag Predicted, int Count)
{
    public const string None = "(none)";
}
