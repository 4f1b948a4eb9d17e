using System.Diagnostics;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Volumes;

namespace NewsCorrelate.Bench;

/// <summary><c>ask</c> latency and correlate-everything time on a large store: the synthetic corpus (dates moved
/// into 2017-2026 so they surround the shipped series), the shipped series and volumes, and seeded synthetic tags
/// on a quarter of the articles. Each ask is the full engine call the CLI makes (parse, choose series and month,
/// read the window with tags, link, group, summarise, store the links).</summary>
internal sealed class AskBenchmark : IBenchmark
{
    public string Name => "ask";

    public string Description => "ask p50/p95 and correlate-all time on a synthetic store (--articles N, default 100000; --questions Q; --seed S; --keep; NC_BENCH_PROFILE=1 shows where one answer spends its time)";

    public int Run(string[] args)
    {
        var articles = Option(args, "--articles", 100_000);
        var questions = Option(args, "--questions", 200);
        var seed = Option(args, "--seed", 42);
        var path = Path.Combine(Path.GetTempPath(), $"nc-ask-bench-{Environment.ProcessId}.db");
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        var corpusFolder = FindCorpus();
        var corpus = new SyntheticCorpus(seed);
        Console.WriteLine($"ask benchmark: {articles:N0} synthetic articles (seed {seed}), {questions} questions, {Environment.ProcessorCount} cores");
        using var store = ArticleStore.Open(path);
        var random = new SplitMix((ulong)seed + 7);
        var build = Stopwatch.StartNew();
        const int batch = 1000;
        for (var start = 0; start < articles; start += batch)
        {
            var list = Enumerable.Range(start, Math.Min(batch, articles - start)).Select(i => Shift(corpus.Article(i))).ToList();
            store.Upsert(list);
            store.ReplaceTags(list.Where(_ => random.Next(4) == 0).Select(a => (a.Id, (IReadOnlyList<TagAssignment>)
                [new TagAssignment(Tag.WellKnown[random.Next(3)], 0.5 + random.NextDouble() / 2, ["Synthetic evidence sentence."], "bench")])).ToList());
        }
        store.ImportSeries(SeriesCsvReader.ReadFile(Path.Combine(corpusFolder, "series.csv")).Series);
        store.ImportVolumes(VolumeCsvReader.ReadFile(Path.Combine(corpusFolder, "volumes.csv")).Points);
        Console.WriteLine($"store built in {build.Elapsed.TotalSeconds:N1} s ({store.Count:N0} articles)");

        var engine = new Engine(store);
        var parser = engine.Questions();
        var texts = new[]
        {
            "what explained the November drop", "what explained the May 2025 collapse", "why did exports surge in June 2025",
            "what explained the October 2025 spike", "what happened in September 2025", "why did Japan rise in November",
            "what drove the rebound in July 2025", "what explained the drop in total exports in April 2025",
        };
        var times = new List<double>();
        for (var q = 0; q < questions + 10; q++)
        {
            var sw = Stopwatch.StartNew();
            var answer = engine.Explainer().Ask(parser.Parse(texts[q % texts.Length], new DateOnly(2026, 11, 21)).Value!);
            if (answer.Success) engine.StoreLinks(answer.Value!);
            if (q >= 10) times.Add(sw.Elapsed.TotalMilliseconds);   // the first ten warm up the JIT and the page cache
        }
        times.Sort();
        if (Environment.GetEnvironmentVariable("NC_BENCH_PROFILE") is not null)
        {
            var series = engine.Series();
            var move = engine.Explainer().Changes.First(c => c.Series == "CN-magnets-US" && c.Month == new Month(2025, 11));
            var correlator = new Correlator(new FigureExtractor(series));
            var (from, to) = correlator.Window(move.Month);
            var s1 = Stopwatch.StartNew();
            var cands = store.CandidatesBetween(from, to).ToList();
            var t1 = s1.Elapsed.TotalMilliseconds; s1.Restart();
            var linked = correlator.Link(move, series.First(d => d.Name == "CN-magnets-US"), cands);
            var t2 = s1.Elapsed.TotalMilliseconds; s1.Restart();
            var events = EventGrouper.Group(linked);
            var t3 = s1.Elapsed.TotalMilliseconds;
            Console.WriteLine($"profile: {cands.Count} candidates read in {t1:N1} ms, {linked.Count} linked in {t2:N1} ms, {events.Count} events in {t3:N1} ms");
            s1.Restart();
            var ex = engine.Explainer();
            var t4 = s1.Elapsed.TotalMilliseconds; s1.Restart();
            var ans = ex.Ask(parser.Parse(texts[0], new DateOnly(2026, 11, 21)).Value!).Value!;
            var t5 = s1.Elapsed.TotalMilliseconds; s1.Restart();
            engine.StoreLinks(ans);
            var t6 = s1.Elapsed.TotalMilliseconds;
            Console.WriteLine($"profile: explainer built in {t4:N1} ms, asked in {t5:N1} ms, links stored in {t6:N1} ms");
        }
        var correlate = Stopwatch.StartNew();
        var run = engine.CorrelateNotableMoves();
        correlate.Stop();
        Console.WriteLine("| figure | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| ask p50 | {Percentile(times, 0.50):N1} ms | |");
        Console.WriteLine($"| ask p95 | {Percentile(times, 0.95):N1} ms | <= 100 ms |");
        Console.WriteLine($"| correlate all notable moves ({run.Moves} moves, {run.Links:N0} links) | {correlate.Elapsed.TotalSeconds:N2} s | <= 10 s |");
        if (args.Contains("--keep")) Console.WriteLine("kept " + path);
        else foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        return 0;
    }

    /// <summary>The synthetic corpus spans 2016-2025; move it one year later so it surrounds the shipped series (2024-2026).</summary>
    private static Article Shift(Article a) =>
        a with { Published = PublishedDate.OnDay(a.Published.Date.AddYears(1)) };

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsCorrelate.sln")))
                return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
