using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>What tagging the store did: articles classified, those left without a tag, and articles per tag.</summary>
public sealed record TagRun(string ModelVersion, int Classified, int WithoutTag, IReadOnlyDictionary<Tag, int> PerTag);
