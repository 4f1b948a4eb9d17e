using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>A news site served by Kestrel on 127.0.0.1 (a free port) for the crawler tests: listings with
/// pagination, three article layouts, feeds, sitemaps (index, news, gzipped), robots.txt, redirects, errors,
/// slow, oversize and compressed responses, wrong charsets, duplicates and syndicated copies, and crawler traps.
/// It counts the requests it serves, so tests can assert what was (not) fetched.</summary>
public sealed class TestSite : IAsyncLifetime
{
    public const string DefaultRobots = "User-agent: *\nDisallow: /private/\n\nUser-agent: NewsCorrelate\nDisallow: /private/\nDisallow: /members-only\n";

    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SiteRequest> _requests = new();
    private WebApplication? _app;
    private int _inFlight;

    public TestSite() : this(DefaultRobots) { }

    private TestSite(string robots, int robotsStatus = 200)
    {
        Robots = robots;
        RobotsStatus = robotsStatus;
    }

    public string Robots { get; }

    /// <summary>The status /robots.txt answers with (200 unless a test wants a broken robots.txt).</summary>
    public int RobotsStatus { get; }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request served, in order.</summary>
    public IReadOnlyCollection<SiteRequest> Requests => _requests;

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>How many requests were served for this path (and query, when given).</summary>
    public int Hits(string pathAndQuery) => _hits.GetValueOrDefault(pathAndQuery);

    public static async Task<TestSite> StartAsync(string robots, int robotsStatus = 200)
    {
        var site = new TestSite(robots, robotsStatus);
        await site.InitializeAsync();
        return site;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            await ServeAsync(context, inFlight);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ServeAsync(HttpContext context, int inFlight)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (request.QueryString.HasValue) _hits.AddOrUpdate(path + request.QueryString.Value, 1, (_, n) => n + 1);
        _requests.Enqueue(new SiteRequest(path + request.QueryString.Value, request.Headers.UserAgent.ToString(),
            request.Headers.IfNoneMatch.ToString() is { Length: > 0 } inm ? inm : null, inFlight));
        var response = context.Response;
        var root = BaseUrl.AbsoluteUri.TrimEnd('/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var slug = segments.Length > 1 ? segments[1] : "";
        switch (segments.Length == 0 ? "" : segments[0])
        {
            case "":
                await Html(response, SitePages.Listing("Latest trade news",
                    SiteStories.Numbered.Take(4).Select(s => ($"/articles/{s.Slug}", s.Title)), null, """
                    <p><a href="/news?page=1">All news</a> <a href="/private/secret">Staff</a> <a href="/members-only">Members</a>
                    <a href="/go/a05">Moved story</a> <a href="/wire/a01">Wire copy</a> <a href="/copy/a07">Copy</a> <a href="/amp/a04">AMP</a>
                    <a href="/calendar?month=2025-11">Events</a> <a href="/nofollow">Archive</a> <a href="/about">About</a>
                    <a href="mailto:desk@example.invalid">Write to us</a> <a href="/report.pdf">Report</a></p>
                    """));
                break;
            case "robots.txt":
                response.StatusCode = RobotsStatus;
                response.ContentType = "text/plain";
                await response.WriteAsync(Robots.Replace("{root}", root, StringComparison.Ordinal)); // {root}: this site's base URL
                break;
            case "news":
                var page = int.TryParse(request.Query["page"], out var p) ? Math.Clamp(p, 1, 3) : 1;
                await Html(response, SitePages.Listing($"News, page {page}",
                    SiteStories.Numbered.Skip((page - 1) * 4).Take(4).Select(s => ($"/articles/{s.Slug}?utm_source=listing", s.Title)),
                    page < 3 ? $"/news?page={page + 1}" : null));
                break;
            case "articles" when SiteStories.Numbered.Any(s => s.Slug == slug):
                var etag = $"\"{slug}-v1\"";
                response.Headers.ETag = etag;
                response.Headers.LastModified = "Mon, 03 Nov 2025 08:00:00 GMT";
                if (request.Headers.IfNoneMatch.ToString() == etag)
                {
                    response.StatusCode = 304;
                    break;
                }
                var story = SiteStories.Find(slug);
                await Html(response, SitePages.Article(story, story.Layout == 2 ? null : $"/articles/{slug}"));
                break;
            case "amp":
                await Html(response, SitePages.Article(SiteStories.Find(slug), $"{root}/articles/{slug}", extraHead: "<meta name=\"viewport\" content=\"width=device-width\">"));
                break;
            case "wire":
                var wire = SiteStories.Find(slug);
                // A syndicated copy keeps its own canonical URL and names the original in syndication markup.
                await Html(response, SitePages.Article(wire with { Layout = 0 }, $"/wire/{slug}", "Wire: " + wire.Title.ToLowerInvariant(), siteName: "Coastal Ledger",
                    extraHead: $"<meta name=\"syndication-source\" content=\"{root}/articles/{slug}\">"));
                break;
            case "copy":
                await Html(response, SitePages.Article(SiteStories.Find(slug), null, siteName: "Mirror Desk"));
                break;
            case "go":
                response.StatusCode = 301;
                response.Headers.Location = $"/articles/{slug}";
                break;
            case "go-private":
                response.StatusCode = 302;
                response.Headers.Location = "/private/x";
                break;
            case "go-private-elsewhere":
                response.StatusCode = 302;
                response.Headers.Location = $"http://localhost:{BaseUrl.Port}/private/x";
                break;
            case "moved":
                response.StatusCode = 301;
                response.Headers.Location = $"http://localhost:{BaseUrl.Port}/news?page=1";
                break;
            case "loop":
                response.StatusCode = 302;
                response.Headers.Location = "/loop";
                break;
            case "offsite":
                response.StatusCode = 302;
                response.Headers.Location = $"http://elsewhere.invalid/{slug}";
                break;
            case "missing" or "hidden":
                response.StatusCode = 404;
                await response.WriteAsync("not found");
                break;
            case "error":
                response.StatusCode = 500;
                break;
            case "busy":
                response.StatusCode = 503;
                response.Headers.RetryAfter = "1";
                break;
            case "busy-until":
                response.StatusCode = 503;
                response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "flaky":
                if (_hits.GetValueOrDefault(path) == 1)
                {
                    response.StatusCode = 429;
                    response.Headers.RetryAfter = "2";
                    break;
                }
                await Html(response, SitePages.Article(SiteStories.Flaky with { Slug = slug }, $"/flaky/{slug}"));
                break;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                await Html(response, SitePages.Article(SiteStories.Slow));
                break;
            case "big":
                response.ContentType = "text/html; charset=utf-8";
                var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 1020) + "</p>");
                for (var i = 0; i < 3 * 1024; i++) await response.Body.WriteAsync(chunk, context.RequestAborted);
                break;
            case "bomb":
                response.ContentType = "text/html";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(Gzip(new byte[40 * 1024 * 1024]));
                break;
            case "gz":
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(Gzip(Encoding.UTF8.GetBytes(SitePages.Article(SiteStories.Compressed, "/compressed"))));
                break;
            case "br":
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.ContentEncoding = "br";
                await response.Body.WriteAsync(Brotli(Encoding.UTF8.GetBytes(SitePages.Article(SiteStories.Compressed, "/compressed"))));
                break;
            case "latin1":
                response.ContentType = "text/html";
                var latin = SitePages.Article(SiteStories.Latin1).Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", StringComparison.Ordinal);
                await response.Body.WriteAsync(CodePages.Windows1252.GetBytes(latin));
                break;
            case "bogus-charset":
                response.ContentType = "text/html; charset=x-no-such-charset";
                await response.Body.WriteAsync(Encoding.UTF8.GetPreamble());
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(SitePages.Article(SiteStories.Zurich).Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)));
                break;
            case "report.pdf":
                response.ContentType = "application/pdf";
                await response.Body.WriteAsync("%PDF-1.4 invented"u8.ToArray());
                break;
            case "calendar":
                var month = DateOnly.TryParseExact(request.Query["month"] + "-01", "yyyy-MM-dd", out var m) ? m : new DateOnly(2025, 11, 1);
                await Html(response, SitePages.Listing($"Events in {month:yyyy-MM}", [], null,
                    $"<a href=\"/calendar?month={month.AddMonths(-1):yyyy-MM}\">Previous</a> <a href=\"/calendar?month={month.AddMonths(1):yyyy-MM}\">Next</a>"));
                break;
            case "nofollow":
                await Html(response, SitePages.Listing("Archive", [("/hidden/1", "Hidden one")], null)
                    .Replace("<head>", "<head><meta name=\"robots\" content=\"noindex, nofollow\">", StringComparison.Ordinal));
                break;
            case "feed.xml":
                response.ContentType = "application/rss+xml";
                await response.WriteAsync(SitePages.Rss(SiteStories.Numbered.Take(6), SiteStories.FeedOnlyDate));
                break;
            case "atom.xml":
                response.ContentType = "application/atom+xml";
                await response.WriteAsync(SitePages.Atom(SiteStories.Numbered.Skip(6)));
                break;
            case "sitemap.xml":
                response.ContentType = "application/xml";
                await response.WriteAsync(SitePages.SitemapIndex(root, "/sitemap-news.xml", "/sitemap-old.xml.gz"));
                break;
            case "sitemap-news.xml":
                response.ContentType = "application/xml";
                await response.WriteAsync(SitePages.NewsSitemap(root, SiteStories.Numbered.Where(s => s.Published is not null)));
                break;
            case "sitemap-old.xml.gz":
                response.ContentType = "application/x-gzip";
                await response.Body.WriteAsync(Gzip(Encoding.UTF8.GetBytes(SitePages.NewsSitemap(root, SiteStories.Numbered.Take(3)))));
                break;
            case "broken":
                await Html(response, SitePages.Listing("Odds and ends", [], null, """
                    <a href="/missing">a</a> <a href="/error">b</a> <a href="/big">d</a> <a href="/bomb">e</a>
                    <a href="/loop">f</a> <a href="/offsite/x">g</a> <a href="/report.pdf">h</a> <a href="/busy">i</a>
                    <a href="/articles/a03">j</a> <a href="/gz/1">k</a> <a href="/br/1">l</a>
                    """));
                break;
            case "about":
                await Html(response, "<!DOCTYPE html><html><head><title>About</title></head><body><h1>About us</h1><p>We report on ports.</p></body></html>");
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private static async Task Html(HttpResponse response, string html)
    {
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Brotli(byte[] data)
    {
        using var output = new MemoryStream();
        using (var br = new BrotliStream(output, CompressionLevel.Fastest)) br.Write(data);
        return output.ToArray();
    }
}
