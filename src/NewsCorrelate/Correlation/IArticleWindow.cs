namespace NewsCorrelate.Correlation;

/// <summary>Where the correlator reads candidate articles from (the store, or a list in tests).</summary>
public interface IArticleWindow
{
    /// <summary>Articles published from <paramref name="from"/> through <paramref name="to"/> (both inclusive),
    /// with their tags. Month-precision dates count as the first of their month.</summary>
    IEnumerable<TaggedArticle> PublishedBetween(DateOnly from, DateOnly to);
}
