using System.Text;

namespace NewsCorrelate.Scraping;

/// <summary>Puts URLs into one canonical spelling so the same page reached by different links is fetched and
/// stored once: http(s) only, lower-case scheme and host (no trailing dot), default port and fragment dropped,
/// dot segments resolved, an empty path written "/", tracking parameters (utm_*, fbclid, gclid, ...) removed and
/// the remaining query parameters sorted by name (stable for repeated names). Pure and thread-safe.</summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "cmpid", "ocid",
    };

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> (when relative) and normalises it.
    /// Returns null for anything that is not an http(s) URL (mailto:, javascript:, data:, malformed text).</summary>
    public static Uri? Normalize(string? href, Uri? baseUrl = null)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var text = href.Trim();
        Uri? uri;
        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl, text, out uri)) return null;
        }
        else if (!Uri.TryCreate(text, UriKind.Absolute, out uri)) return null;
        return Normalize(uri);
    }

    /// <summary>Normalises an absolute URL; null when it is not http(s).</summary>
    public static Uri? Normalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)) return null;
        if (string.IsNullOrEmpty(url.Host)) return null;
        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        var sb = new StringBuilder(url.OriginalString.Length);
        sb.Append(url.Scheme).Append("://").Append(host);
        if (!url.IsDefaultPort) sb.Append(':').Append(url.Port);
        var path = url.AbsolutePath;
        sb.Append(path.Length == 0 ? "/" : path);
        var query = NormalizeQuery(url.Query);
        if (query.Length > 0) sb.Append('?').Append(query);
        return Uri.TryCreate(sb.ToString(), UriKind.Absolute, out var result) ? result : null;
    }

    /// <summary>The normalised form as text (the key used by the frontier, the ledger and the store).</summary>
    public static string? NormalizeToString(string? href, Uri? baseUrl = null) => Normalize(href, baseUrl)?.AbsoluteUri;

    private static string NormalizeQuery(string query)
    {
        if (query.Length <= 1) return "";
        var parts = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Select((p, i) => (Name: p.Split('=', 2)[0], Part: p, Index: i))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Index)
            .Select(p => p.Part);
        return string.Join('&', parts);
    }

    private static bool IsTracking(string part)
    {
        var name = part.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
