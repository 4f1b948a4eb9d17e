namespace NewsCorrelate.Classification;

/// <summary>An article ranked for labelling: how uncertain the model is (1 = exactly on a tag's threshold, 0 = as far
/// from every threshold as possible) and the tag it is least sure about.</summary>
public sealed record UncertainArticle(string Id, double Uncertainty, Domain.Tag MostUncertainTag, double Probability);
