namespace NewsCorrelate.Domain;

/// <summary>A policy-event tag. Tags are data: a model trained on an analyst's own label set may carry others.
/// Names are lower-case letters, digits and underscores (1-64 characters).</summary>
public readonly record struct Tag
{
    public static readonly Tag ControlsTightened = new("controls_tightened");
    public static readonly Tag Truce = new("truce");
    public static readonly Tag Concession = new("concession");

    /// <summary>The shipped label set, in its canonical order.</summary>
    public static IReadOnlyList<Tag> WellKnown { get; } = [ControlsTightened, Truce, Concession];

    public Tag(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsValidName(name))
            throw new ArgumentException($"'{name}' is not a valid tag name: use lower-case letters, digits and underscores.", nameof(name));
        Name = name;
    }

    public string Name { get; }

    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    public static bool TryParse(string? text, out Tag tag)
    {
        var s = text?.Trim().ToLowerInvariant();
        tag = IsValidName(s) ? new Tag(s!) : default;
        return IsValidName(s);
    }

    public override string ToString() => Name;
}
