using NewsCorrelate.Domain;

namespace NewsCorrelate.Tests.Index;

/// <summary>Throwaway articles for store tests.</summary>
internal static class SomeArticle
{
    public static Article With(string id, string title = "Magnet exports", string text = "Exports of magnets rose in the month.",
        string published = "2025-11-20", string source = "Test wire", string? url = null) =>
        new(new ArticleId(id), url, url, source, title, PublishedDate.TryParse(published, out var p) ? p : throw new ArgumentException(published),
            text, ArticleOrigin.Imported);

    /// <summary>A distinct article per number (different words, so no content duplicates).</summary>
    public static Article Numbered(int n, string published = "2025-11-20") =>
        With($"n-{n}", $"Report number {n}", $"Filler report {n} about shipments; serial w{n}x and more words for item {n}.", published);
}
