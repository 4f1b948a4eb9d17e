namespace NewsCorrelate.Classification;

/// <summary>An article's hashed n-gram counts as a whole, and per passage (<see cref="Featurizer.CountPassages"/>).</summary>
public sealed record ArticleCounts(SparseVector Whole, IReadOnlyList<SparseVector> Passages);
