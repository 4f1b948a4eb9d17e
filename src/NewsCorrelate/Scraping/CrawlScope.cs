namespace NewsCorrelate.Scraping;

/// <summary>Which hosts the crawler may visit: each allowed domain and its sub-domains
/// (<c>example.com</c> allows <c>www.example.com</c>). Local files are always in scope. Immutable.</summary>
public sealed class CrawlScope
{
    private readonly string[] _domains;

    public CrawlScope(IEnumerable<string> allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(allowedDomains);
        _domains = allowedDomains.Select(Clean).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<string> Domains => _domains;

    /// <summary>The hosts of the given start URLs (what <c>--allow-domain</c> defaults to).</summary>
    public static CrawlScope FromSeeds(IEnumerable<Uri> seeds) => new(seeds.Where(u => !u.IsFile).Select(u => u.Host));

    /// <summary>This scope plus <paramref name="domain"/>.</summary>
    public CrawlScope With(string domain) => new(_domains.Append(domain));

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile) return true;
        var host = url.Host.ToLowerInvariant();
        foreach (var d in _domains)
            if (host == d || (host.Length > d.Length && host.EndsWith(d, StringComparison.Ordinal) && host[^(d.Length + 1)] == '.'))
                return true;
        return false;
    }

    private static string Clean(string domain)
    {
        var d = domain.Trim().ToLowerInvariant();
        if (Uri.TryCreate(d, UriKind.Absolute, out var u) && u.Scheme is "http" or "https") d = u.Host;
        return d.TrimEnd('.');
    }
}
