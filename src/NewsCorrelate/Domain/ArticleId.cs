using System.Security.Cryptography;
using System.Text;

namespace NewsCorrelate.Domain;

/// <summary>The stable identity of an article. Kept as given on import; otherwise derived from the
/// canonical URL or, failing that, from the content hash. 1-200 characters, no whitespace or control characters.</summary>
public readonly record struct ArticleId
{
    public const int MaxLength = 200;

    public ArticleId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!IsValid(value))
            throw new ArgumentException($"'{value}' is not a valid article id: 1-{MaxLength} characters without spaces or control characters.", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>An id derived from a (canonical) URL: <c>u-</c> followed by 16 hex characters of its SHA-256.</summary>
    public static ArticleId FromUrl(string canonicalUrl) => new("u-" + ShortHash(canonicalUrl));

    /// <summary>An id derived from a content hash: <c>h-</c> followed by its first 16 characters.</summary>
    public static ArticleId FromContentHash(string contentHash) => new("h-" + contentHash[..Math.Min(16, contentHash.Length)]);

    private static string ShortHash(string s) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];

    public override string ToString() => Value;
}
