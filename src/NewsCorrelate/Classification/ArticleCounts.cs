namespace NewsCorrelate.Classification;

/// <summary>An article's hashed n-gram counts as a whole, per passage, and per sentence (<see cref="Featurizer.CountPassages"/>).</summary>
/// <param name="Sentences">The sentences (headline first) with their counts, the passages' building blocks; empty
/// when the article was counted whole only (passages off).</param>
public sealed record ArticleCounts(SparseVector Whole, IReadOnlyList<SparseVector> Passages, IReadOnlyList<(string Text, SparseVector Counts)> Sentences);
