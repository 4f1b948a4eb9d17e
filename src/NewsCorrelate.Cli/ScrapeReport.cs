using System.Globalization;
using NewsCorrelate.Scraping;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>The text summary of <c>scrape</c>: a table per host, the failure reasons, a closing line.</summary>
internal static class ScrapeReport
{
    public static void Write(CliContext context, CrawlSummary summary, string storePath)
    {
        // One column per host (and the total), one row per measure: stays readable in 80 columns for a few hosts.
        var columns = summary.Hosts.Count == 1 ? [summary.Hosts[0]] : summary.Hosts.Append(summary.Total).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("Scrape summary").AddColumn("");
        foreach (var c in columns)
            table.AddColumn(new TableColumn(Markup.Escape(c.Host)).RightAligned());
        foreach (var (label, value) in Rows)
            table.AddRow([label, .. columns.Select(c => value(c).ToString(CultureInfo.InvariantCulture))]);
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

    private static readonly (string Label, Func<HostSummary, int> Value)[] Rows =
    [
        ("fetched", h => h.Fetched),
        ("new articles", h => h.NewArticles),
        ("updated", h => h.Updated),
        ("unchanged", h => h.Unchanged),
        ("duplicates", h => h.Duplicates),
        ("not articles", h => h.NotArticles),
        ("off-topic", h => h.OffTopic),
        ("undated", h => h.Undated),
        ("feeds and sitemaps", h => h.Listings),
        ("skipped (not HTML)", h => h.Skipped),
        ("blocked by robots", h => h.BlockedByRobots),
        ("crawler traps cut", h => h.Traps),
        ("left (max pages)", h => h.OverBudget),
        ("failed", h => h.Failed),
    ];
}
