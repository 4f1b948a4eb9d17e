namespace NewsCorrelate.Domain;

/// <summary>How an article came into the store.</summary>
public enum ArticleOrigin
{
    Imported = 0,
    Scraped = 1,

    /// <summary>A brief written by the NewsCorrelate team (the shipped corpus).</summary>
    TeamBrief = 2,
}
