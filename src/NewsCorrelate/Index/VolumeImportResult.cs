namespace NewsCorrelate.Index;

/// <summary>What importing volume points changed: new months, months whose figures changed, and months
/// already stored with the same figures.</summary>
public sealed record VolumeImportResult(int Added, int Updated, int Unchanged);
