using System.Text;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Whitespace and comparison helpers for extracted text.</summary>
internal static class Text
{
    /// <summary>Collapses every whitespace run (including non-breaking and zero-width spaces) to one space and trims.</summary>
    public static string Squash(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200b' or '\u200c' or '\u200d' or '\ufeff';

    /// <summary>Lower-case letters and digits only, for loose equality of titles and names.</summary>
    public static string Key(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
