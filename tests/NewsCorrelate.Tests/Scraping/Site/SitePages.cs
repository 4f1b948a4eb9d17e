using System.Globalization;
using System.Net;
using System.Text;

namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>HTML and XML of the test site, written like real news sites in three layouts.</summary>
internal static class SitePages
{
    public const string SiteName = "Harbour Trade Wire";

    public static string Article(SiteStory story, string? canonicalPath = null, string? titleOverride = null, string? extraHead = null, string? siteName = SiteName, string? boilerplate = null)
    {
        var title = WebUtility.HtmlEncode(titleOverride ?? story.Title);
        var canonical = canonicalPath is null ? "" : $"<link rel=\"canonical\" href=\"{canonicalPath}\">";
        var date = story.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = string.Join("\n", story.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        var head = new StringBuilder();
        var header = new StringBuilder();
        switch (story.Layout)
        {
            case 0:
                head.Append($"<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"{siteName}\">");
                if (date is not null)
                    head.Append($"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{title}\",\"datePublished\":\"{date}T07:30:00+08:00\",\"author\":{{\"@type\":\"Person\",\"name\":\"Mei Tan\"}}}}</script>");
                header.Append("<p class=\"byline\">By Mei Tan</p>");
                break;
            case 1:
                if (date is not null) head.Append($"<meta property=\"article:published_time\" content=\"{date}T09:00:00Z\">");
                head.Append($"<meta name=\"author\" content=\"Omar Reyes\">");
                if (date is not null) header.Append($"<time datetime=\"{date}\">{story.Published:MMMM d, yyyy}</time>");
                break;
            default:
                if (date is not null) header.Append($"<p class=\"dateline\">{story.Published!.Value.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)}</p>");
                break;
        }
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{title} | {siteName}</title>{canonical}{head}{extraHead}
            <link rel="stylesheet" href="/static/site.css"><script>window.analytics=[];</script></head>
            <body>
            <header class="site-header"><a href="/">Home</a> <a href="/news?page=1">Latest</a> <a href="/about">About us</a></header>
            <nav class="menu"><ul><li><a href="/news?page=1">Trade</a></li><li><a href="/news?page=2">Markets</a></li></ul></nav>
            <main><article>
            <h1>{title}</h1>
            {header}
            <div class="story-body">
            {body}
            </div>
            {boilerplate}
            </article>
            <aside class="related"><h3>Related</h3><a href="/articles/a01">Port delays</a></aside></main>
            <footer><p>Copyright {siteName}. All rights reserved.</p><a href="/about">Contact</a></footer>
            </body></html>
            """;
    }

    public static string Listing(string heading, IEnumerable<(string Href, string Title)> items, string? nextHref = null, string? extraLinks = null)
    {
        var list = string.Join("\n", items.Select(i => $"<li class=\"teaser\"><h2><a href=\"{i.Href}\">{WebUtility.HtmlEncode(i.Title)}</a></h2></li>"));
        var next = nextHref is null ? "" : $"<a rel=\"next\" href=\"{nextHref}\">Next page</a>";
        var linkNext = nextHref is null ? "" : $"<link rel=\"next\" href=\"{nextHref}\">";
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{heading} | {SiteName}</title>{linkNext}</head>
            <body><header><a href="/">Home</a></header>
            <main><h1>{heading}</h1><ul class="teasers">{list}</ul>{next}{extraLinks}</main>
            <footer>{SiteName}</footer></body></html>
            """;
    }

    public static string Rss(IEnumerable<SiteStory> stories, DateOnly fallback) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + SiteName + "</title><link>/</link>" +
        string.Concat(stories.Select(s => $"<item><title>{WebUtility.HtmlEncode(s.Title)}</title><link>/articles/{s.Slug}?utm_source=rss</link>" +
            $"<pubDate>{(s.Published ?? fallback).ToDateTime(new TimeOnly(8, 0)).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} GMT</pubDate></item>")) +
        "</channel></rss>";

    public static string Atom(IEnumerable<SiteStory> stories) =>
        "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + SiteName + "</title>" +
        string.Concat(stories.Select(s => $"<entry><title>{WebUtility.HtmlEncode(s.Title)}</title><link rel=\"alternate\" href=\"/articles/{s.Slug}\"/>" +
            $"<published>{s.Published:yyyy-MM-dd}T10:00:00Z</published></entry>")) + "</feed>";

    public static string NewsSitemap(string baseUrl, IEnumerable<SiteStory> stories) =>
        "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" +
        string.Concat(stories.Select(s => $"<url><loc>{baseUrl}/articles/{s.Slug}</loc><news:news><news:publication><news:name>{SiteName}</news:name></news:publication>" +
            $"<news:publication_date>{s.Published:yyyy-MM-dd}</news:publication_date><news:title>{WebUtility.HtmlEncode(s.Title)}</news:title></news:news></url>")) +
        "</urlset>";

    public static string SitemapIndex(string baseUrl, params string[] paths) =>
        "<?xml version=\"1.0\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
        string.Concat(paths.Select(p => $"<sitemap><loc>{baseUrl}{p}</loc></sitemap>")) + "</sitemapindex>";
}
