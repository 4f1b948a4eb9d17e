using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>One article found by a search.</summary>
/// <param name="Score">Relevance (BM25, higher is better); 0 for filter-only listings, which are newest first.</param>
/// <param name="Snippet">A passage of the title or text with matched words between <see cref="HighlightOpen"/> and
/// <see cref="HighlightClose"/>; the opening of the text for filter-only listings.</param>
public sealed record SearchHit(ArticleId Id, string Title, string Source, PublishedDate Published, double Score, string Snippet)
{
    public const string HighlightOpen = "«";
    public const string HighlightClose = "»";

    public Month Month => Published.Month;
}
