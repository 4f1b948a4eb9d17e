using System.Security.Cryptography;
using System.Text;

namespace NewsCorrelate.Domain;

/// <summary>A news article as kept in the store. Immutable; <c>with</c> returns a changed copy.</summary>
/// <param name="Id">Stable identity.</param>
/// <param name="Url">The URL it was fetched from or given on import; null when unknown.</param>
/// <param name="CanonicalUrl">The publisher's canonical URL (normalised); null when unknown.</param>
/// <param name="Source">The outlet or site name, e.g. "NewsCorrelate brief" or "reuters.com".</param>
/// <param name="Title">Headline, single line.</param>
/// <param name="Published">Publication date (never the crawl date).</param>
/// <param name="Text">Clean body text; paragraphs separated by a blank line.</param>
/// <param name="Origin">How it came into the store.</param>
public sealed record Article(
    ArticleId Id,
    string? Url,
    string? CanonicalUrl,
    string Source,
    string Title,
    PublishedDate Published,
    string Text,
    ArticleOrigin Origin)
{
    public Month Month => Published.Month;

    /// <summary>SHA-256 (hex) of the normalised title and text: equal for the same story re-fetched with
    /// different whitespace. Used for idempotent imports and exact-duplicate detection. Computed on each read (not
    /// cached), so a copy made with <c>with</c> never carries its original's hash, and reading articles costs nothing
    /// for those who never ask.</summary>
    public string ContentHash => ComputeContentHash(Title, Text);

    public static string ComputeContentHash(string title, string text)
    {
        var sb = new StringBuilder(title.Length + text.Length + 1);
        AppendNormalised(sb, title);
        sb.Append('\n');
        AppendNormalised(sb, text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void AppendNormalised(StringBuilder sb, string s)
    {
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
    }
}
