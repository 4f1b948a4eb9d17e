using System.Text.Json;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Bench;

/// <summary>Title and date exact-match rates, and article/not-article agreement, over our labelled test pages
/// (<c>TestData/pages/manifest.json</c>).</summary>
internal static class LabelledSetScore
{
    private sealed record Entry(string File, string? Url, bool Article, string? Title, string? Published);

    public static void Print(string pagesDir, ArticleExtractor extractor)
    {
        var manifest = Path.Combine(pagesDir, "manifest.json");
        if (!File.Exists(manifest))
        {
            Console.WriteLine($"labelled set: {manifest} not found");
            return;
        }
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(manifest), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        int articles = 0, titles = 0, dates = 0, kindRight = 0;
        var misses = new List<string>();
        foreach (var e in entries)
        {
            var result = extractor.Extract(File.ReadAllText(Path.Combine(pagesDir, e.File)), e.Url is null ? null : new Uri(e.Url));
            if (result.IsArticle == e.Article) kindRight++;
            else misses.Add($"{e.File}: expected {(e.Article ? "article" : "not article")}, got {result}");
            if (!e.Article) continue;
            articles++;
            var page = result.Page;
            if (page?.Title == e.Title) titles++;
            else misses.Add($"{e.File}: title \"{page?.Title}\" expected \"{e.Title}\"");
            if (page?.Published?.ToString() == e.Published) dates++;
            else misses.Add($"{e.File}: date {page?.Published?.ToString() ?? "none"} ({page?.PublishedSource}) expected {e.Published ?? "none"}");
        }
        Console.WriteLine($"labelled set: {entries.Count} pages ({articles} articles, {entries.Count - articles} not articles)");
        Console.WriteLine($"  article/not-article right: {kindRight}/{entries.Count} ({100.0 * kindRight / entries.Count:F1}%)");
        Console.WriteLine($"  title exact match:         {titles}/{articles} ({100.0 * titles / Math.Max(1, articles):F1}%)");
        Console.WriteLine($"  date exact match:          {dates}/{articles} ({100.0 * dates / Math.Max(1, articles):F1}%)");
        foreach (var m in misses) Console.WriteLine("  miss: " + m);
    }
}
