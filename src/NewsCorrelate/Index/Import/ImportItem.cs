using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Import;

/// <summary>One record read from an input file: an article, or the reason it was rejected.</summary>
/// <param name="Location"><c>file:line</c> (or just the file for a .txt article).</param>
public sealed record ImportItem(string Location, Article? Article, string? Reason)
{
    public static ImportItem Ok(string location, Article article) => new(location, article, null);

    public static ImportItem Rejected(string location, string reason) => new(location, null, reason);
}
