namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Normalises language values ("en_US", "EN-gb", "en-US,en") to BCP 47 case ("en-US", "en-GB").</summary>
internal static class Languages
{
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var first = value.Split(',', ';', ' ')[0].Trim().Replace('_', '-');
        var parts = first.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return null;
        var tag = parts[0].ToLowerInvariant();
        if (parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter)) tag += "-" + parts[1].ToUpperInvariant();
        return tag;
    }
}
