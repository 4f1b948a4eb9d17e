namespace NewsCorrelate.Scraping;

/// <summary>What the <see cref="Frontier"/> did with an offered URL.</summary>
public enum FrontierVerdict
{
    Added = 0,
    Seen,
    OutOfScope,
    TooDeep,
    OverBudget,
    Trap,
}
