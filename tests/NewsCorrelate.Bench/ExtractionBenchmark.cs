using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Bench;

/// <summary>Main-text quality and speed on the shared extraction benchmark (181 real pages, scored by its
/// <c>score.py</c>), then title and date exact-match rates on our labelled test pages.</summary>
internal sealed class ExtractionBenchmark : IBenchmark
{
    public string Name => "extraction";

    public string Description => "extractor F1/precision/recall (../shared/extraction-benchmark) + pages/s on one thread; title/date rates on TestData/pages. Options: --out PRED.json --worst K --repeat N";

    public int Run(string[] args)
    {
        var root = RepoRoot();
        var shared = Environment.GetEnvironmentVariable("NEWSCORRELATE_SHARED") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var benchDir = Path.Combine(shared, "extraction-benchmark");
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "newscorrelate-extraction-predictions.json");
        var worst = Option(args, "--worst") ?? "0";
        var repeat = int.Parse(Option(args, "--repeat") ?? "5", System.Globalization.CultureInfo.InvariantCulture);

        var pages = Directory.GetFiles(Path.Combine(benchDir, "html"), "*.html.gz").Order(StringComparer.Ordinal)
            .Select(f => (Id: Path.GetFileName(f)[..^".html.gz".Length], Html: ReadGzip(f)))
            .ToList();
        var urls = ReadUrls(Path.Combine(benchDir, "ground-truth.json"));
        var extractor = new ArticleExtractor();
        // Untimed passes first (the first one reported as "cold"): the JIT's tiered compilation settles, as it
        // does in a crawler's steady state.
        var (coldWall, coldCpu) = Measure(() =>
        {
            foreach (var (id, html) in pages) extractor.Extract(html, urls.GetValueOrDefault(id));
        });
        foreach (var (id, html) in pages) extractor.Extract(html, urls.GetValueOrDefault(id));


        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new List<string>();
        var passes = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        for (var r = 0; r < repeat; r++)
        {
            passes.Add(Measure(() =>
            {
                foreach (var (id, html) in pages)
                {
                    var result = extractor.Extract(html, urls.GetValueOrDefault(id));
                    if (r > 0) continue;
                    predictions[id] = result.Page?.Text ?? string.Empty;
                    if (!result.IsArticle) refused.Add($"{id[..12]}: {result.Reason}");
                }
            }));
        }
        var wall = TimeSpan.FromTicks(passes.Sum(p => p.Wall.Ticks));
        var cpu = TimeSpan.FromTicks(passes.Sum(p => p.Cpu.Ticks));
        var byCpu = passes.Select(p => p.Cpu).Order().ToList();
        var bestCpu = byCpu[0];
        var medianCpu = byCpu[byCpu.Count / 2];
        var n = pages.Count * repeat;
        var mb = pages.Sum(p => (long)p.Html.Length) / 1e6;

        using (var stream = File.Create(output))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (id, text) in predictions)
            {
                json.WriteStartObject(id);
                json.WriteString("articleBody", text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        Console.WriteLine($"extraction benchmark: {pages.Count} pages ({mb:F1} M chars of HTML), single thread, {repeat} timed pass(es) after two warm-up passes");
        Console.WriteLine($"first (cold) pass: {pages.Count / coldCpu.TotalSeconds:F1} pages/s CPU, {pages.Count / coldWall.TotalSeconds:F1} pages/s wall");
        Console.WriteLine($"speed (CPU time of this process): {n / cpu.TotalSeconds:F1} pages/s ({cpu.TotalMilliseconds / n:F2} ms/page) over all timed passes");
        Console.WriteLine($"  per pass: best {pages.Count / bestCpu.TotalSeconds:F1} pages/s, median {pages.Count / medianCpu.TotalSeconds:F1} pages/s (CPU time)");
        Console.WriteLine($"speed (wall clock):               {n / wall.TotalSeconds:F1} pages/s ({wall.TotalMilliseconds / n:F2} ms/page); load average {LoadAverage()}");
        var (parseWall, parseCpu) = Measure(() =>
        {
            foreach (var (_, html) in pages) ArticleExtractor.Parse(html);
        });
        Console.WriteLine($"  of which parsing (prefilter + AngleSharp): {parseCpu.TotalMilliseconds / pages.Count:F2} ms/page CPU, {parseWall.TotalMilliseconds / pages.Count:F2} ms/page wall");
        Console.WriteLine($"refused as not an article: {refused.Count}");
        foreach (var line in refused) Console.WriteLine("  " + line);
        Console.WriteLine($"predictions: {output}");
        var code = RunScorer(Path.Combine(benchDir, "score.py"), output, worst);
        Console.WriteLine();
        LabelledSetScore.Print(Path.Combine(root, "tests", "NewsCorrelate.Tests", "TestData", "pages"), extractor);
        return code;
    }

    /// <summary>Wall-clock and process CPU time of <paramref name="action"/>, after a full collection. CPU time is the
    /// fair figure on a shared machine: other processes' load stretches wall time but not our CPU time.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed, process.TotalProcessorTime - cpu0);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int RunScorer(string scorer, string predictions, string worst)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { scorer, predictions, "--bootstrap", "200", "--worst", worst }) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start python3");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Console.Write(stdout);
        Console.Error.Write(stderr);
        return process.ExitCode;
    }

    private static Dictionary<string, Uri> ReadUrls(string groundTruth)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(groundTruth));
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var page in doc.RootElement.EnumerateObject())
            if (page.Value.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri))
                urls[page.Name] = uri;
        return urls;
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NewsCorrelate.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsCorrelate.sln not found above the current directory");
    }
}
