using System.Diagnostics;
using System.Globalization;
using NewsCorrelate.Index;
using NewsCorrelate.Scraping;

namespace NewsCorrelate.Bench;

/// <summary>Crawl speed and memory on a generated local site (politeness delays off): pages/s over the whole
/// crawl, and working set / managed heap at several page counts to show memory stays flat.</summary>
internal sealed class CrawlBenchmark : IBenchmark
{
    public string Name => "crawl";

    public string Description => "crawler pages/s and memory on a local Kestrel site, delays off (target >= 150 pages/s, flat memory). Options: --pages N (2000) --concurrency N (8)";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var pages = Option(args, "--pages", 2000);
        var concurrency = Option(args, "--concurrency", 8);
        await using var site = await BenchSite.StartAsync(pages);
        var dbPath = Path.Combine(Path.GetTempPath(), $"newscorrelate-crawl-bench-{Environment.ProcessId}.db");
        try
        {
            using var store = ArticleStore.Open(dbPath);
            using var session = new CrawlSession(store,
                new FetchOptions("NewsCorrelate/1.0 (+benchmark)", TimeSpan.FromSeconds(30), 5 * 1024 * 1024, 5),
                new PolitenessOptions(TimeSpan.Zero, ConcurrencyPerHost: concurrency));
            var checkpoints = new[] { 250, 500, 1000, 2000, 4000, 8000, 16000 }.Where(c => c <= pages + site.Listings).ToList();
            var samples = new List<(int Done, double Seconds, double CpuSeconds, double WorkingSetMb, double ManagedMb)>();
            using var self = Process.GetCurrentProcess();
            var cpuStart = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var progress = new Sampler(p =>
            {
                if (checkpoints.Count > 0 && p.Done >= checkpoints[0])
                {
                    checkpoints.RemoveAt(0);
                    self.Refresh();
                    samples.Add((p.Done, clock.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpuStart).TotalSeconds, self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0));
                }
            });
            var summary = await session.RunAsync([new Uri(site.BaseUrl, "/list/1")],
                new CrawlOptions(MaxDepth: 1000, MaxPages: pages + site.Listings, Concurrency: concurrency), progress, CancellationToken.None);
            clock.Stop();

            Console.WriteLine($"crawl benchmark: {pages} article pages + {site.Listings} listings on {site.BaseUrl}, delays off, concurrency {concurrency}");
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuStart).TotalSeconds;
            Console.WriteLine("(CPU = this process: crawler, extractor, store and the Kestrel site together; pages per CPU-second is the");
            Console.WriteLine(" figure that does not depend on how busy the machine is; load average now: " + LoadAverage() + ".");
            Console.WriteLine(" The working set also holds SQLite's page cache and FTS buffer, which fill up to their fixed caps as the store grows;");
            Console.WriteLine(" the managed heap after a full GC is what the crawler itself keeps.)");
            Console.WriteLine($"{"pages done",10} {"seconds",8} {"pages/s",8} {"CPU s",7} {"pages/CPU-s",12} {"working set MB",15} {"managed MB after GC",20}");
            foreach (var s in samples)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Done,10} {s.Seconds,8:0.00} {s.Done / s.Seconds,8:0.0} {s.CpuSeconds,7:0.0} {s.Done / s.CpuSeconds,12:0.0} {s.WorkingSetMb,15:0.0} {s.ManagedMb,20:0.0}"));
            var t = summary.Total;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"total: {t.Fetched} fetched, {t.NewArticles} new, {t.Duplicates} duplicates, {t.NotArticles} not articles, {t.Traps} traps, {t.Failed} failed"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"speed: {summary.PagesPerSecond:0.0} pages/s wall, {t.Fetched / cpu:0.0} pages per CPU-second (target >= 150 pages/s); peak working set {self.PeakWorkingSet64 / 1048576.0:0.0} MB"));
            return t.Failed == 0 && t.NewArticles == pages ? 0 : 1;
        }
        finally
        {
            foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private sealed class Sampler(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        private readonly Lock _lock = new();

        public void Report(CrawlProgress value)
        {
            lock (_lock) report(value);
        }
    }
}
