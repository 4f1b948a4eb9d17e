namespace NewsCorrelate.Scraping;

/// <summary>Limits and identity for every HTTP request the crawler makes.</summary>
/// <param name="UserAgent">The honest User-Agent header, e.g. <c>NewsCorrelate/1.0 (+mailto:desk@example.com)</c>;
/// its product token (before the first '/') is the name matched against robots.txt groups.</param>
/// <param name="Timeout">Whole-request limit: connect, headers and body together.</param>
/// <param name="MaxBytes">Largest body accepted, counted after decompression (gzip, deflate, brotli), so a small
/// compressed bomb is cut off at this many bytes too.</param>
/// <param name="MaxRedirects">Most redirects followed for one URL.</param>
public sealed record FetchOptions(string UserAgent, TimeSpan Timeout, long MaxBytes, int MaxRedirects)
{
    public const string DefaultProduct = "NewsCorrelate/1.0";

    public static FetchOptions Default { get; } = new(DefaultProduct + " (+https://github.com/newscorrelate)", TimeSpan.FromSeconds(20), 5 * 1024 * 1024, 5);

    /// <summary>The product token robots.txt groups are matched against ("NewsCorrelate").</summary>
    public string ProductToken => UserAgent.Split('/', ' ')[0];

    /// <summary>A User-Agent for <paramref name="product"/> (default <see cref="DefaultProduct"/>) naming a contact
    /// (e-mail address or URL), as site operators expect from a polite crawler.</summary>
    public static string UserAgentWithContact(string? product, string? contact)
    {
        var p = string.IsNullOrWhiteSpace(product) ? DefaultProduct : product.Trim();
        if (string.IsNullOrWhiteSpace(contact)) return p;
        var c = contact.Trim();
        return c.Contains('@', StringComparison.Ordinal) && !c.Contains(':', StringComparison.Ordinal) ? $"{p} (+mailto:{c})" : $"{p} (+{c})";
    }
}
