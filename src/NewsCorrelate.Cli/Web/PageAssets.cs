using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsCorrelate.Cli.Web;

/// <summary>The page: three embedded files (index.html, app.js, app.css), served from memory; no file system access.</summary>
internal static class PageAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new()
    {
        ["/"] = Load("index.html", "text/html; charset=utf-8"),
        ["/app.js"] = Load("app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = Load("app.css", "text/css; charset=utf-8"),
    };

    public static void Map(WebApplication app)
    {
        foreach (var (path, file) in Files)
            app.MapGet(path, () => Results.Bytes(file.Bytes, file.ContentType));
        app.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static (string, byte[]) Load(string name, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("web/" + name)
            ?? throw new InvalidOperationException($"embedded page asset web/{name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (contentType, copy.ToArray());
    }
}
