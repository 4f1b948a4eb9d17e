namespace NewsCorrelate.Domain;

/// <summary>What a volume series measures, and the words analysts and articles use for it
/// (e.g. "US", "United States", "America" for <c>CN-magnets-US</c>).</summary>
public sealed record SeriesDefinition
{
    public SeriesDefinition(string name, string description, string unit, IReadOnlyList<string> aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        Name = name.Trim();
        Description = description?.Trim() ?? "";
        Unit = string.IsNullOrWhiteSpace(unit) ? "t" : unit.Trim();
        Aliases = aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray();
    }

    public string Name { get; }
    public string Description { get; }
    public string Unit { get; }
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>True for cumulative (January to month) series.</summary>
    public bool IsCumulative => Name.EndsWith("-YTD", StringComparison.OrdinalIgnoreCase);
}
