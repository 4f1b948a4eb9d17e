namespace NewsCorrelate.Scraping.Extraction;

/// <summary>The result of extracting one page: an <see cref="ExtractedPage"/>, or a human-readable reason why
/// the page gave none (not an article, or no main text).</summary>
public sealed class Extraction
{
    private Extraction(ExtractedPage? page, string? reason)
    {
        Page = page;
        Reason = reason;
    }

    /// <summary>The article, when <see cref="IsArticle"/>.</summary>
    public ExtractedPage? Page { get; }

    /// <summary>Why there is no article, e.g. "listing page: 38 headline links, 2 long paragraphs"; null on success.</summary>
    public string? Reason { get; }

    public bool IsArticle => Page is not null;

    public static Extraction Article(ExtractedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Extraction(page, null);
    }

    public static Extraction NotArticle(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Extraction(null, reason);
    }

    public override string ToString() => Page is not null ? "article: " + Page.Title : "not an article: " + Reason;
}
