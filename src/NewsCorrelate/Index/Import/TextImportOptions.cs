using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Import;

/// <summary>How plain <c>.txt</c> articles are read: their published date (else taken from a <c>YYYY-MM-DD</c> or
/// <c>YYYY-MM</c> in the file name) and source (else "file").</summary>
public sealed record TextImportOptions(PublishedDate? Published = null, string? Source = null)
{
    public static TextImportOptions Default { get; } = new();
}
