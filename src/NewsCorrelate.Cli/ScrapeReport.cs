using System.Globalization;
using NewsCorrelate.Scraping;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>The text summary of <c>scrape</c>: a table per host, the failure reasons, a closing line.</summary>
internal static class ScrapeReport
{
    public static void Write(CliContext context, CrawlSummary summary, string storePath)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Scrape summary");
        string[] headers = ["host", "fetched", "new", "updated", "unchanged", "duplicates", "not articles", "off-topic", "undated", "feeds/sitemaps", "skipped", "robots", "traps", "failed"];
        foreach (var h in headers)
            table.AddColumn(h == "host" ? new TableColumn(h) : new TableColumn(h).RightAligned());
        foreach (var row in summary.Hosts.Append(summary.Total))
            table.AddRow(Cells(row));
        context.Console.Write(table);
        var failures = summary.Total.Failures;
        if (failures.Count > 0)
        {
            context.Console.WriteLine("Failures:");
            foreach (var f in failures)
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Count,5} x {f.Reason} (e.g. {f.ExampleUrl})"));
        }
        var t = summary.Total;
        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{t.Fetched} pages fetched in {summary.Elapsed.TotalSeconds:0.0} s ({summary.PagesPerSecond:0.0}/s): {t.NewArticles} new articles, {t.Updated} updated, {t.Duplicates} duplicates, {t.Failed} failed{(summary.Cancelled ? "; stopped early (cancelled)" : "")} ({storePath})"));
    }

    private static string[] Cells(HostSummary h) =>
    [
        Markup.Escape(h.Host), N(h.Fetched), N(h.NewArticles), N(h.Updated), N(h.Unchanged), N(h.Duplicates), N(h.NotArticles),
        N(h.OffTopic), N(h.Undated), N(h.Listings), N(h.Skipped), N(h.BlockedByRobots), N(h.Traps), N(h.Failed),
    ];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
