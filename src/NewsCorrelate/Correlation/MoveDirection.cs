namespace NewsCorrelate.Correlation;

/// <summary>Which way a question, a move or a tag points.</summary>
public enum MoveDirection
{
    Unspecified = 0,
    Up = 1,
    Down = -1,
}
