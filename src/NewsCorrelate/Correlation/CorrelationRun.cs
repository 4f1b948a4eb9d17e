namespace NewsCorrelate.Correlation;

/// <summary>What correlating every notable move stored: moves linked and links written.</summary>
public sealed record CorrelationRun(int Moves, int Links);
