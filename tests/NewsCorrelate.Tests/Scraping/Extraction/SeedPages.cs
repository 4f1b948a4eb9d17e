using System.Net;
using System.Text;
using NewsCorrelate.Tests.Fixtures;

namespace NewsCorrelate.Tests.Scraping.Extraction;

/// <summary>Wraps a seed article's text (read from <c>../shared/seeds</c> at test time) in page layouts full of
/// our own page furniture: navigation, cookie banner, share bar, ads, related links, comments, footers.</summary>
internal static class SeedPages
{
    public static readonly string[] Layouts = ["newsroom", "blog", "legacy"];

    /// <summary>Sentences that appear only in the furniture of the layouts; none may reach the extracted text.</summary>
    public static readonly string[] Furniture =
    [
        "We use cookies to keep this site working and to measure how it is used",
        "Share this story",
        "Advertisement",
        "Related coverage",
        "Port cranes idle as dockworkers strike for a second day",
        "Nickel smelter expansion delayed by power shortages",
        "This reads like a press release from start to finish, and I would like to see the underlying customs tables",
        "My company imports these magnets and the delays this year were far worse than any article has described",
        "Read more: Inside the magnet supply chain",
        "The Copper Courier is an independent newsroom covering metals, mining and trade",
        "Get our free morning briefing",
        "Notes on supply chains from a former buyer of motor components, published whenever there is something worth saying",
        "Printer-friendly version",
        "All rights reserved",
        "Terms of use",
    ];

    /// <summary>The seed's lines (paragraphs) in order; lines starting with "- " are list items.</summary>
    public static List<string> Lines(string seedText) =>
        seedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static string Page(string layout, string prefix)
    {
        var lines = Lines(Repo.Seed(prefix));
        var title = $"Rare-earth magnet trade, seed story {prefix}";
        return layout switch
        {
            "newsroom" => Newsroom(title, lines),
            "blog" => Blog(title, lines),
            "legacy" => Legacy(title, lines),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "unknown layout"),
        };
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Blocks(List<string> lines, string? adAfterSecond = null, string? readMore = null)
    {
        var sb = new StringBuilder();
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var item = line.StartsWith("- ", StringComparison.Ordinal);
            if (item && !inList) sb.Append("<ul>");
            if (!item && inList) sb.Append("</ul>");
            inList = item;
            sb.Append(item ? $"<li>{E(line[2..])}</li>\n" : line.Length < 40 && line.EndsWith('?') ? $"<h2>{E(line)}</h2>\n" : $"<p>{E(line)}</p>\n");
            if (i == 1 && adAfterSecond is not null) sb.Append(adAfterSecond);
            if (i == 3 && readMore is not null) sb.Append(readMore);
        }
        if (inList) sb.Append("</ul>");
        return sb.ToString();
    }

    private static string Newsroom(string title, List<string> lines) => $$"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{E(title)}} | The Copper Courier</title>
        <meta property="og:site_name" content="The Copper Courier"><meta property="og:type" content="article">
        <script>var ads = {slots: ["top", "mid"]}; document.write("<p>Share this story</p>");</script>
        <style>.cookie{position:fixed}</style></head><body>
        <div class="cookie-banner"><p>We use cookies to keep this site working and to measure how it is used. By continuing you accept our use of cookies for analytics and advertising.</p><button>OK</button></div>
        <header class="site-header"><a class="logo" href="/">The Copper Courier</a><nav><ul><li><a href="/metals">Metals</a></li><li><a href="/trade">Trade</a></li><li><a href="/policy">Policy</a></li></ul></nav></header>
        <div class="breadcrumbs"><a href="/">Home</a> › <a href="/trade">Trade</a></div>
        <main><article class="article">
        <h1 class="article-title">{{E(title)}}</h1>
        <div class="article-meta"><span class="byline">By Staff Reporter</span> <time datetime="2025-11-20T10:00:00+08:00">20 Nov 2025</time></div>
        <div class="share-tools"><span>Share this story</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
        <div class="article-body">
        {{Blocks(lines, "<div class=\"ad-container\"><span>Advertisement</span></div>\n", "<p>Read more: <a href=\"/inside-magnets\">Inside the magnet supply chain</a></p>\n")}}
        </div>
        </article>
        <section class="related"><h3>Related coverage</h3><ul><li><a href="/r1">Port cranes idle as dockworkers strike for a second day</a></li><li><a href="/r2">Nickel smelter expansion delayed by power shortages</a></li></ul></section>
        <section class="comments"><h3>2 comments</h3>
        <div class="comment"><p>This reads like a press release from start to finish, and I would like to see the underlying customs tables before believing any of it.</p></div>
        <div class="comment"><p>My company imports these magnets and the delays this year were far worse than any article has described, with some orders waiting more than three months.</p></div></section>
        </main>
        <footer><p>The Copper Courier is an independent newsroom covering metals, mining and trade from four cities.</p><p>© 2025 The Copper Courier. All rights reserved. <a href="/terms">Terms of use</a></p></footer>
        </body></html>
        """;

    private static string Blog(string title, List<string> lines) => $$"""
        <!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{{E(title)}} – Supply Notes</title></head>
        <body class="single-post"><div id="page" class="site">
        <header id="masthead"><p class="site-title"><a href="/">Supply Notes</a></p><nav class="main-navigation"><a href="/">Home</a> <a href="/about">About</a></nav></header>
        <div id="content"><div id="primary" class="content-area"><main id="main">
        <article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">{{E(title)}}</h1><span class="posted-on">Posted on November 20, 2025</span></header>
        <div class="entry-content">
        {{Blocks(lines)}}
        </div>
        <footer class="entry-footer"><span class="tags-links">Tagged <a href="/t/magnets">magnets</a>, <a href="/t/trade">trade</a></span></footer>
        <div class="sharedaddy"><h3>Share this story</h3><a href="#">Share on X</a></div>
        </article>
        <div id="comments" class="comments-area"><h2>Comments</h2><ol>
        <li><p>This reads like a press release from start to finish, and I would like to see the underlying customs tables before believing any of it. The monthly numbers move around a great deal.</p></li>
        <li><p>My company imports these magnets and the delays this year were far worse than any article has described, with some orders waiting more than three months for a licence.</p></li></ol></div>
        </main></div>
        <aside id="secondary" class="widget-area"><section class="widget"><h2>About</h2><p>Notes on supply chains from a former buyer of motor components, published whenever there is something worth saying about metals, trade rules and the factories that depend on them.</p></section>
        <section class="widget"><div class="newsletter"><h3>Get our free morning briefing</h3><input type="email"></div></section></aside></div>
        <footer id="colophon"><p>Supply Notes. Terms of use.</p></footer></div></body></html>
        """;

    private static string Legacy(string title, List<string> lines) => $$"""
        <html><head><title>{{E(title)}}</title></head><body>
        <table width="100%"><tr><td width="160" valign="top"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/archive">Archive</a><br><a href="/contact">Contact</a></td>
        <td valign="top"><font size="4"><b>{{E(title)}}</b></font><br><br>
        {{string.Join("<br><br>\n", lines.Select(E))}}
        <br><br><font size="1">Printer-friendly version | <a href="/mail">E-mail this page</a></font></td>
        <td width="200" valign="top"><b>Related coverage</b><br><a href="/r1">Port cranes idle as dockworkers strike for a second day</a><br><a href="/r2">Nickel smelter expansion delayed by power shortages</a></td></tr></table>
        <center><font size="1">Copyright 2025 Metals Bulletin Board. All rights reserved.</font></center></body></html>
        """;
}
