namespace NewsCorrelate.Index.Import;

/// <summary>A record that was not imported: where it was (<c>file:line</c>) and why.</summary>
public sealed record ImportRejection(string Location, string Reason);
