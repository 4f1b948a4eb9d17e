namespace NewsCorrelate.Correlation;

/// <summary>Where the correlator reads candidate articles from (the store, or a list in tests).</summary>
public interface IArticleWindow
{
    /// <summary>The candidates published from <paramref name="from"/> through <paramref name="to"/> (both inclusive;
    /// month-precision dates count as the first of their month), with their tags: the <see cref="MaxTagged"/> tagged
    /// articles with the most probable tags, and every article that mentions magnets (a possible data report). Other articles cannot be evidence and may be
    /// left out. For speed, an article that does not mention magnets may come with only the lead of its text (at
    /// least <see cref="LeadLength"/> characters): the correlator reads relevance and events from the lead.</summary>
    IEnumerable<TaggedArticle> CandidatesBetween(DateOnly from, DateOnly to);

    /// <summary>Most tagged articles (strongest tag first) a window returns besides the magnet mentioners: an answer
    /// shows a handful of events, and this bounds the work per question on a large store.</summary>
    const int MaxTagged = 400;

    /// <summary>The shortest lead a window may return in place of a text.</summary>
    const int LeadLength = 1500;
}
