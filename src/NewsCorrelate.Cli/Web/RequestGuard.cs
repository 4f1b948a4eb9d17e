using System.Net;
using Microsoft.AspNetCore.Http;

namespace NewsCorrelate.Cli.Web;

/// <summary>Runs before every request: security headers on every answer; the Host must be this machine when bound to
/// loopback (no DNS rebinding); writes (anything but GET/HEAD) only from the page's own origin, as JSON, within
/// <see cref="WebServer.MaxBodyBytes"/>. A <see cref="CliException"/> from an endpoint is bad input: 400 with its message.</summary>
internal static class RequestGuard
{
    public static async Task Handle(HttpContext http, Func<Task> next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";

        if (Refusal(http.Request) is { } refusal)
        {
            http.Response.StatusCode = refusal.Status;
            if (refusal.Status == StatusCodes.Status413PayloadTooLarge) http.Response.Headers.Connection = "close";
            await http.Response.WriteAsJsonAsync(new { error = refusal.Message }, http.RequestAborted);
            return;
        }
        try
        {
            await next();
        }
        catch (CliException e) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { error = e.Message }, http.RequestAborted);
        }
    }

    private static (int Status, string Message)? Refusal(HttpRequest request)
    {
        if (request.HttpContext.Connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local) && !IsLocalHost(request.Host.Host))
            return (StatusCodes.Status403Forbidden, $"host '{request.Host.Host}' is not this machine");
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return null;
        if (request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none"))
            return (StatusCodes.Status403Forbidden, $"cross-site write refused (Sec-Fetch-Site: {site})");
        if (request.Headers.Origin.ToString() is { Length: > 0 } origin &&
            !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
            return (StatusCodes.Status403Forbidden, $"cross-origin write refused (Origin: {origin})");
        if (request.ContentLength is > WebServer.MaxBodyBytes)
            return (StatusCodes.Status413PayloadTooLarge, $"request body over {WebServer.MaxBodyBytes} bytes");
        if (!(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (StatusCodes.Status415UnsupportedMediaType, "writes take Content-Type: application/json");
        return null;
    }

    private static bool IsLocalHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
