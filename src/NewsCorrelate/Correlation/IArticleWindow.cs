namespace NewsCorrelate.Correlation;

/// <summary>Where the correlator reads candidate articles from (the store, or a list in tests).</summary>
public interface IArticleWindow
{
    /// <summary>The candidates published from <paramref name="from"/> through <paramref name="to"/> (both inclusive;
    /// month-precision dates count as the first of their month), with their tags: every article that has a tag, and
    /// every article that mentions magnets (a possible data report). Other articles cannot be evidence and may be
    /// left out. For speed, an article that does not mention magnets may come with only the lead of its text (at
    /// least <see cref="LeadLength"/> characters): the correlator reads relevance and events from the lead.</summary>
    IEnumerable<TaggedArticle> CandidatesBetween(DateOnly from, DateOnly to);

    /// <summary>The shortest lead a window may return in place of a text.</summary>
    const int LeadLength = 1500;
}
