using System.Diagnostics;
using System.Globalization;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;

namespace NewsCorrelate.Bench;

/// <summary>Ingest rate, search latency (unfiltered, month-filtered, phrase) and size per article of the SQLite store
/// over a synthetic corpus. Search latency is the full <see cref="ArticleStore.Search"/> call the CLI makes: top 10
/// with snippets plus the month and tag facets over all matches.</summary>
internal sealed class StoreBenchmark : IBenchmark
{
    public string Name => "store";

    public string Description => "store ingest articles/s, search p50/p95, bytes per article (--articles N, default 100000; --queries Q; --seed S; --db PATH keeps the file; --reuse searches it again; --chronological imports in date order; NC_BENCH_PROFILE=1 also times the bare match and match + bm25 of the queries)";

    public int Run(string[] args)
    {
        var articles = Option(args, "--articles", 100_000);
        var queries = Option(args, "--queries", 300);
        var seed = Option(args, "--seed", 42);
        var keep = args.Contains("--db");
        var path = keep ? args[Array.IndexOf(args, "--db") + 1] : Path.Combine(Path.GetTempPath(), $"nc-bench-{Environment.ProcessId}.db");
        var chronological = args.Contains("--chronological");
        var reuse = keep && args.Contains("--reuse") && File.Exists(path);
        if (!reuse) foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        var corpus = new SyntheticCorpus(seed);
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"store benchmark: {articles:N0} synthetic articles (seed {seed}{(chronological ? ", in date order" : ", random months")}), {queries} queries per kind, {Environment.ProcessorCount} cores, SQLite {SqliteVersion()}");

        long textBytes = 0;
        var ingestWall = TimeSpan.Zero;
        double ingestCpu = 0;
        var ingestProcessCpu = TimeSpan.Zero;
        var generateWall = Stopwatch.StartNew();
        using (var store = ArticleStore.Open(path))
        {
            const int batch = 1000;
            for (var start = 0; start < (reuse ? 0 : articles); start += batch)
            {
                var list = Enumerable.Range(start, Math.Min(batch, articles - start)).Select(i => corpus.Article(i, chronological ? articles : null)).ToList();
                textBytes += list.Sum(a => (long)a.Text.Length);
                var cpu0 = ThreadCpuClock.NowMs();
                var processCpu0 = Environment.CpuUsage.TotalTime;
                var sw = Stopwatch.StartNew();
                store.Upsert(list);
                ingestWall += sw.Elapsed;
                ingestCpu += (ThreadCpuClock.NowMs() - cpu0) ?? 0;
                ingestProcessCpu += Environment.CpuUsage.TotalTime - processCpu0;
                if ((start / batch) % 100 == 99)
                    Console.Error.WriteLine($"  {start + list.Count:N0} articles, {(start + list.Count) / ingestWall.TotalSeconds:N0}/s");
            }
        }
        var totalWall = generateWall.Elapsed;
        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);

        var random = new SplitMix((ulong)seed);
        var plain = new List<string>();
        var filtered = new List<string>();
        var phrases = new List<string>();
        for (var q = 0; q < queries; q++)
        {
            // Mid-frequency words, like the names and topics analysts type.
            var a = corpus.WordAtRank(50 + random.Next(3000));
            var b = corpus.WordAtRank(50 + random.Next(3000));
            plain.Add(random.Next(2) == 0 ? a : $"{a} {b}");
            var month = SyntheticCorpus.FirstMonth.AddMonths(random.Next(SyntheticCorpus.Months));
            filtered.Add($"{a} month:{month}");
            var words = corpus.Article(random.Next(articles)).Text.Split(' ', '\n', '.').Where(w => w.Length > 0).ToArray();
            var at = random.Next(words.Length - 1);
            phrases.Add($"\"{words[at]} {words[at + 1]}\"");
        }

        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        if (!reuse) Console.WriteLine($"| articles | {articles:N0} (avg text {textBytes / articles:N0} chars; generation + ingest {totalWall.TotalSeconds:N0} s wall) |");
        if (!reuse) Console.WriteLine($"| load average after ingest | {LoadAverage()} |");
        if (!reuse) Console.WriteLine($"| ingest (Upsert, batches of 1000 in one transaction each) | {articles / ingestWall.TotalSeconds:N0} articles/s wall; {(ingestCpu > 0 ? $"{articles / (ingestCpu / 1000):N0} articles per CPU-second of the calling thread" : "thread CPU time n/a")}; {articles / ingestProcessCpu.TotalSeconds:N0} per CPU-second of the whole process |");
        Console.WriteLine($"| store size | {size / 1048576.0:N1} MiB, {size / articles:N0} bytes/article |");
        using (var reader = ArticleStore.Open(path))
        {
            Measure(reader, "search unfiltered (1-2 words)", plain);
            Measure(reader, "search month-filtered", filtered);
            Measure(reader, "search phrase", phrases);
        }
        if (Environment.GetEnvironmentVariable("NC_BENCH_PROFILE") is not null)
        {
            StoreSearchProfile.Print(path, "unfiltered", plain);
            StoreSearchProfile.Print(path, "phrase", phrases);
        }
        Console.WriteLine($"| load average at end | {LoadAverage()} |");
        if (!keep) foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        return 0;
    }

    private static void Measure(ArticleStore store, string label, List<string> texts)
    {
        var parsed = texts.Select(t => QueryParser.Parse(t).GetValueOrThrow()).ToList();
        foreach (var q in parsed.Take(20)) store.Search(q); // warm-up
        var times = new List<double>();
        var cpuTimes = new List<double>();
        long hits = 0;
        foreach (var q in parsed)
        {
            var cpu0 = ThreadCpuClock.NowMs();
            var sw = Stopwatch.StartNew();
            var r = store.Search(q);
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (ThreadCpuClock.NowMs() - cpu0 is { } cpu) cpuTimes.Add(cpu);
            hits += r.Total;
        }
        times.Sort();
        cpuTimes.Sort();
        var cpuText = cpuTimes.Count == 0 ? "" : $"; CPU p50 {Percentile(cpuTimes, 0.50):N2} ms, p95 {Percentile(cpuTimes, 0.95):N2} ms";
        Console.WriteLine($"| {label} | wall p50 {Percentile(times, 0.50):N2} ms, p95 {Percentile(times, 0.95):N2} ms{cpuText} (avg {hits / times.Count:N0} matches) |");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string SqliteVersion()
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }
}
