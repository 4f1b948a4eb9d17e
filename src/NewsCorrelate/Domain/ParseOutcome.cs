namespace NewsCorrelate.Domain;

/// <summary>The result of parsing data that may be bad: a value, or a human-readable reason (never both).</summary>
public sealed record ParseOutcome<T>
{
    private ParseOutcome(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>Why the input could not be used; null on success.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    public static ParseOutcome<T> Ok(T value) => new(value, null);

    public static ParseOutcome<T> Fail(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new ParseOutcome<T>(default, error);
    }
}
