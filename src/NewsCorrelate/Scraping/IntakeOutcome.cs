namespace NewsCorrelate.Scraping;

/// <summary>What <see cref="ArticleIntake"/> did with one extracted article.</summary>
public enum IntakeOutcome
{
    /// <summary>Stored as a new article.</summary>
    New = 0,

    /// <summary>The stored article's own page (same URL, same canonical URL) with changed text: replaced.</summary>
    Updated,

    /// <summary>The stored article's own page with the same content: nothing to do.</summary>
    Unchanged,

    /// <summary>Same content (hash) or a near-identical text (SimHash) as a stored article under another URL, or
    /// another page naming a stored article's page as its canonical or original (an AMP page, a syndicated copy):
    /// recorded as another source of that story.</summary>
    Duplicate,

    /// <summary>The story's original page, whose story was stored from a copy naming it (as canonical or original):
    /// the article became this page (URL, outlet, title, text, date; same id) and the copy was kept as a source. The crawler counts it with
    /// the duplicates, as it would have counted the copy had the original come first.</summary>
    Replaced,

    /// <summary>Neither the page nor its feed or sitemap gave a publication date: not stored.</summary>
    Undated,
}
