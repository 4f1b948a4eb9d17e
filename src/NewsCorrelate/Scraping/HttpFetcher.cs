using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Net;

namespace NewsCorrelate.Scraping;

/// <summary>The only HTTP code in NewsCorrelate: one GET with the crawler's limits (timeout, body size counted
/// after decompression, redirect count, content type) and charset detection; also reads <c>file://</c> URLs so
/// saved pages go through the same path. Knows nothing of robots or politeness (see <see cref="PoliteFetcher"/>).
/// Never throws for network or server trouble: that is a Failed result with a reason. Thread-safe.</summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeProvider _time;

    public HttpFetcher(FetchOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _time = time ?? TimeProvider.System;
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false, // followed here, so each hop is checked and counted
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 32,
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        // Sent as given: real crawler agents ("Name/1.0 (+mailto:a@b)") are not always strict RFC 9110 product lists.
        if (options.UserAgent.Any(char.IsControl)) throw new ArgumentException("A User-Agent cannot contain control characters.", nameof(options));
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5");
    }

    public FetchOptions Options { get; }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url.IsFile) return await ReadFileAsync(request.Url, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            return await FetchHttpAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail(request.Url, $"timed out after {Options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Fail(request.Url, "network error: " + (e.InnerException?.Message ?? e.Message));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return FetchResult.Fail(request.Url, "broken response: " + e.Message);
        }
    }

    private async Task<FetchResult> FetchHttpAsync(FetchRequest request, CancellationToken ct)
    {
        var url = request.Url;
        for (var hop = 0; ; hop++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            if (hop == 0)
            {
                if (request.ETag is { Length: > 0 } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (request.LastModified is { Length: > 0 } lm) message.Headers.TryAddWithoutValidation("If-Modified-Since", lm);
            }
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            if (code is >= 300 and < 400 && code != 304)
            {
                var location = response.Headers.Location;
                if (location is null) return FetchResult.Fail(request.Url, $"HTTP {code} without a Location header", code);
                if (hop >= Options.MaxRedirects) return FetchResult.Fail(request.Url, $"more than {Options.MaxRedirects} redirects", code);
                var next = UrlNormalizer.Normalize(location.IsAbsoluteUri ? location : new Uri(url, location));
                if (next is null) return FetchResult.Fail(request.Url, $"redirect to a non-web URL ({location})", code);
                if (request.RedirectCheck is { } check && await check(next, ct).ConfigureAwait(false) is { } refused)
                    return FetchResult.Fail(request.Url, refused, code) with { FinalUrl = next };
                url = next;
                continue;
            }
            var etagOut = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
            if (code == 304)
                return new FetchResult(request.Url, url, code, FetchStatus.NotModified, null, null, etagOut ?? request.ETag, lastModified ?? request.LastModified, null, null);
            if (code is < 200 or >= 300)
                return FetchResult.Fail(request.Url, $"HTTP {code}", code, RetryAfter(response)) with { FinalUrl = url };
            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            var charset = response.Content.Headers.ContentType?.CharSet;
            if (!IsReadable(mediaType, url))
                return new FetchResult(request.Url, url, code, FetchStatus.Skipped, mediaType, null, etagOut, lastModified, null, $"not HTML ({mediaType})");
            if (response.Content.Headers.ContentLength is { } length && length > Options.MaxBytes)
                return FetchResult.Fail(request.Url, $"body larger than {Options.MaxBytes} bytes (Content-Length {length})", code) with { FinalUrl = url };
            await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            var body = await ReadLimitedAsync(stream, ct).ConfigureAwait(false);
            if (body is null) return FetchResult.Fail(request.Url, $"body larger than {Options.MaxBytes} bytes", code) with { FinalUrl = url };
            if (IsGzip(body, mediaType))
            {
                // A .xml.gz sitemap is sent as a gzip file, not with Content-Encoding: unpack it with the same limit.
                await using var unzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
                body = await ReadLimitedAsync(unzip, ct).ConfigureAwait(false);
                if (body is null) return FetchResult.Fail(request.Url, $"unpacked body larger than {Options.MaxBytes} bytes", code) with { FinalUrl = url };
                mediaType = "application/xml";
            }
            var text = CharsetDecoder.Decode(body, charset);
            mediaType ??= text.AsSpan().TrimStart().StartsWith("<?xml", StringComparison.Ordinal) ? "application/xml" : "text/html";
            return new FetchResult(request.Url, url, code, FetchStatus.Ok, mediaType, text, etagOut, lastModified, null, null);
        }
    }

    private async Task<FetchResult> ReadFileAsync(Uri url, CancellationToken ct)
    {
        var path = url.LocalPath;
        if (!File.Exists(path)) return FetchResult.Fail(url, $"no such file: {path}");
        if (new FileInfo(path).Length > Options.MaxBytes) return FetchResult.Fail(url, $"file larger than {Options.MaxBytes} bytes");
        var body = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        var gzipped = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (gzipped)
        {
            await using var unzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            body = await ReadLimitedAsync(unzip, ct).ConfigureAwait(false);
            if (body is null) return FetchResult.Fail(url, $"unpacked file larger than {Options.MaxBytes} bytes");
        }
        var text = CharsetDecoder.Decode(body, null);
        var ext = Path.GetExtension(gzipped ? path[..^3] : path).ToLowerInvariant();
        var mediaType = ext is ".xml" or ".rss" or ".atom" ? "application/xml" : ext is ".txt" ? "text/plain" : "text/html";
        return new FetchResult(url, url, 200, FetchStatus.Ok, mediaType, text, null, null, null, null);
    }

    private async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var output = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false)) > 0)
            {
                if (output.Length + read > Options.MaxBytes) return null;
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsReadable(string? mediaType, Uri url) => mediaType switch
    {
        null => true,
        "text/html" or "application/xhtml+xml" or "text/plain" => true,
        "application/xml" or "text/xml" or "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" => true,
        "application/x-gzip" or "application/gzip" => url.AbsolutePath.EndsWith(".xml.gz", StringComparison.OrdinalIgnoreCase),
        _ => mediaType.EndsWith("+xml", StringComparison.Ordinal),
    };

    private static bool IsGzip(byte[] body, string? mediaType) =>
        mediaType is "application/x-gzip" or "application/gzip" && body.Length > 2 && body[0] == 0x1f && body[1] == 0x8b;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    public void Dispose() => _client.Dispose();
}
