namespace NewsCorrelate.Volumes;

/// <summary>How a figure reported in an article compares with the imported series.</summary>
public enum FigureVerdict
{
    /// <summary>No imported figure to compare with: the article's figure is new data.</summary>
    Unverified = 0,

    /// <summary>Every comparable part agrees with the imported series.</summary>
    Corroborated = 1,

    /// <summary>At least one part disagrees: both sources are shown.</summary>
    Conflicting = 2,
}
