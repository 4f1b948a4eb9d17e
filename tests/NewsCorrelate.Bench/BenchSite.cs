using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsCorrelate.Bench;

/// <summary>A generated news site on 127.0.0.1 for the crawl benchmark: <c>/list/K</c> listing pages of 50
/// articles each (chained by "next" links) and <c>/story/N</c> article pages of about 12 KB with JSON-LD, a menu,
/// related links and invented text unique to each page.</summary>
internal sealed class BenchSite : IAsyncDisposable
{
    public const int PerListing = 50;

    private static readonly string[] Words =
    [
        "port", "exporters", "licence", "quota", "tariff", "magnets", "shipments", "customs", "freight", "alloy", "buyers",
        "officials", "backlog", "inspection", "cargo", "volumes", "quarter", "terminal", "contracts", "suppliers", "route",
        "ministry", "approvals", "graphite", "battery", "duties", "clearance", "demand", "prices", "delays", "talks", "rules",
    ];

    private readonly WebApplication _app;

    private BenchSite(WebApplication app, int pages, Uri baseUrl)
    {
        _app = app;
        Pages = pages;
        BaseUrl = baseUrl;
    }

    public int Pages { get; }
    public Uri BaseUrl { get; }
    public int Listings => (Pages + PerListing - 1) / PerListing;

    public static async Task<BenchSite> StartAsync(int pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context => ServeAsync(context, pages));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchSite(app, pages, new Uri(address.TrimEnd('/') + "/"));
    }

    private static Task ServeAsync(HttpContext context, int pages)
    {
        var parts = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var n = parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var k) ? k : -1;
        var listings = (pages + PerListing - 1) / PerListing;
        string? html = parts.FirstOrDefault() switch
        {
            "robots.txt" => null,
            "list" when n >= 1 && n <= listings => Listing(n, pages, listings),
            "story" when n >= 1 && n <= pages => Story(n, pages),
            _ => null,
        };
        if (parts.FirstOrDefault() == "robots.txt")
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("User-agent: *\nDisallow: /admin/\n");
        }
        if (html is null)
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    private static string Listing(int k, int pages, int listings)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Latest news</title></head><body><header><a href=\"/list/1\">Home</a></header><main><ul>");
        for (var i = (k - 1) * PerListing + 1; i <= Math.Min(pages, k * PerListing); i++)
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/story/{i}\">Story number {i} on trade</a></li>");
        sb.Append("</ul>");
        if (k < listings) sb.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"/list/{k + 1}\">Next</a>");
        return sb.Append("</main></body></html>").ToString();
    }

    private static string Story(int n, int pages)
    {
        var random = new Random(n);
        var date = new DateOnly(2025, 1, 1).AddDays(n % 330).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(14_000);
        var title = $"Story {n}: {Sentence(random, 6)}";
        sb.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{title}} | Bench Wire</title>
            <link rel="canonical" href="/story/{{n}}"><meta property="og:type" content="article"><meta property="og:site_name" content="Bench Wire">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"{{date}}T08:00:00Z"}</script>
            <script>window.dataLayer=[];function track(){}</script><style>body{margin:0}</style></head><body>
            <header><nav><a href="/list/1">Home</a> <a href="/list/2">Markets</a> <a href="/list/3">Policy</a></nav></header>
            <main><article><h1>{{title}}</h1><p class="byline">By Bench Desk</p>
            """);
        for (var p = 0; p < 8; p++) sb.Append("<p>").Append(Sentence(random, 120)).Append("</p>\n");
        sb.Append("</article><aside><h3>Related</h3>");
        for (var r = 1; r <= 3; r++) sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/story/{(n + r * 37) % pages + 1}\">Related {r}</a> ");
        sb.Append("</aside></main><footer><p>Bench Wire. All rights reserved.</p></footer></body></html>");
        return sb.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(i % 15 == 0 ? ". " : " ");
            sb.Append(Words[random.Next(Words.Length)]);
        }
        return sb.Append('.').ToString();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
