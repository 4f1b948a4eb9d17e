namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Where a page's publication date was found, strongest first.</summary>
public enum DateSource
{
    /// <summary>No date was found.</summary>
    None = 0,

    /// <summary>JSON-LD <c>datePublished</c> (or <c>dateCreated</c>) of an article object.</summary>
    JsonLd,

    /// <summary><c>article:published_time</c> and its Open Graph relatives.</summary>
    OpenGraph,

    /// <summary>Another meta tag or microdata: <c>date</c>, <c>pubdate</c>, <c>parsely-pub-date</c>, <c>itemprop=datePublished</c>...</summary>
    Meta,

    /// <summary>A <c>&lt;time datetime&gt;</c> element in the article or its header.</summary>
    TimeElement,

    /// <summary>A date in the page URL such as <c>/2025/11/20/</c> or <c>20251120</c>.</summary>
    Url,

    /// <summary>A date written in the visible text near the headline, such as "Nov 20, 2025".</summary>
    Dateline,
}
