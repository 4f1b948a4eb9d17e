namespace NewsCorrelate.Domain;

/// <summary>How much of a published date is known.</summary>
public enum DatePrecision
{
    /// <summary>The exact day is known.</summary>
    Day = 0,

    /// <summary>Only the month is known (<c>YYYY-MM</c>); the date holds the first of that month.</summary>
    Month = 1,
}
