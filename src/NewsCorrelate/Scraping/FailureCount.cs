namespace NewsCorrelate.Scraping;

/// <summary>How many URLs failed for one reason, with one of them as an example.</summary>
public sealed record FailureCount(string Reason, int Count, string ExampleUrl);
