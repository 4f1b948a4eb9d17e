using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Query;

/// <summary>Conditions on articles besides their words. The month window is inclusive at both ends; every tag must be
/// present (assigned by the classifier); a source matches when its name contains
/// any of <see cref="Sources"/> (case-insensitive).</summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public Month? From { get; init; }
    public Month? To { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Months the article must be linked to (by ask, explain or correlate), any series; all must hold.</summary>
    public IReadOnlyList<Month> Linked { get; init; } = [];

    public bool IsEmpty => From is null && To is null && Tags.Count == 0 && Sources.Count == 0 && Linked.Count == 0;

    public SearchFilters WithLinked(Month month) => Linked.Contains(month) ? this : this with { Linked = [.. Linked, month] };

    /// <summary>Narrows the window to one month.</summary>
    public SearchFilters InMonth(Month month) => this.Since(month).Until(month);

    /// <summary>Narrows the window to start no earlier than <paramref name="month"/>.</summary>
    public SearchFilters Since(Month month) => this with { From = From is { } f && f > month ? f : month };

    /// <summary>Narrows the window to end no later than <paramref name="month"/>.</summary>
    public SearchFilters Until(Month month) => this with { To = To is { } t && t < month ? t : month };

    public SearchFilters WithTag(Tag tag) => Tags.Contains(tag) ? this : this with { Tags = [.. Tags, tag] };

    public SearchFilters WithSource(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return this with { Sources = [.. Sources, source.Trim()] };
    }
}
