using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>Layout of the article row id (<c>articles.n</c>, also the full-text rowid): the month ordinal in the high
/// bits, a counter within the month in the low 24 bits. Month filters then become rowid ranges that FTS5 seeks
/// directly, and per-month facets need no join with the article rows.</summary>
internal static class ArticleRowId
{
    public const int CounterBits = 24;

    /// <summary>The first row id of the month (inclusive).</summary>
    public static long First(Month month) => (long)month.Ordinal << CounterBits;

    /// <summary>The first row id after the month (exclusive end).</summary>
    public static long End(Month month) => (long)(month.Ordinal + 1) << CounterBits;
}
