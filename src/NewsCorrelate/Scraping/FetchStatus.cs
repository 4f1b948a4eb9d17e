namespace NewsCorrelate.Scraping;

/// <summary>What became of one fetch.</summary>
public enum FetchStatus
{
    /// <summary>A 2xx response with a usable body (HTML, XML or plain text).</summary>
    Ok = 0,

    /// <summary>304: unchanged since the validators sent (ETag / Last-Modified).</summary>
    NotModified,

    /// <summary>Fetched but not used: a content type the crawler does not read (PDF, image, ...).</summary>
    Skipped,

    /// <summary>robots.txt forbids it.</summary>
    Blocked,

    /// <summary>An error status, a network error, a timeout or a broken limit; see the reason.</summary>
    Failed,
}
