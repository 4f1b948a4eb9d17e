namespace NewsCorrelate.Scraping.Extraction;

/// <summary>URL normalisation for canonical URLs and discovered links.</summary>
public static class Urls
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ocid", "ncid"];

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and normalises it: http(s) only,
    /// lower-case scheme and host, default port and fragment dropped, tracking parameters (utm_*, fbclid...)
    /// removed. Without <paramref name="href"/>, normalises <paramref name="baseUrl"/>. Null when nothing usable.</summary>
    public static string? Normalise(string? href, Uri? baseUrl)
    {
        Uri? uri;
        var h = href?.Trim();
        if (string.IsNullOrEmpty(h)) uri = baseUrl;
        else if (h[0] == '/' || !Uri.TryCreate(h, UriKind.Absolute, out uri))
        {
            // "/path" counts as an absolute file path on Unix, so anything starting with '/' is resolved.
            if (baseUrl is null || !Uri.TryCreate(baseUrl, h, out uri)) return null;
        }
        if (uri is null || !uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https")) return null;
        var builder = new UriBuilder(uri) { Fragment = string.Empty, Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort) builder.Port = -1;
        if (builder.Query.Length > 1)
        {
            var kept = builder.Query.TrimStart('?').Split('&')
                .Where(p => p.Length > 0 && !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
            builder.Query = string.Join('&', kept);
        }
        return builder.Uri.AbsoluteUri;
    }
}
