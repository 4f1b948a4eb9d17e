using System.CommandLine;
using System.Globalization;
using NewsCorrelate.Scraping;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate scrape URL|FILE...</c>: polite crawl of sites, feeds, sitemaps and saved pages into the store.</summary>
internal sealed class ScrapeVerb : IVerb
{
    public const string ContactVariable = "NEWSCORRELATE_CONTACT";

    public Command Build(CliContext context)
    {
        var inputs = new Argument<string[]>("URL|FILE")
        {
            Description = "Start points: page URLs, RSS/Atom feeds, sitemap.xml (indexes and news sitemaps too), saved .html/.xml files or folders of them, or a list file with one of those per line.",
            Arity = ArgumentArity.OneOrMore,
        };
        var allow = new Option<string[]>("--allow-domain") { Description = "Domain links may lead to (sub-domains included); repeat for more. Default: the start URLs' hosts.", HelpName = "DOMAIN", AllowMultipleArgumentsPerToken = false };
        var depth = new Option<int>("--max-depth") { Description = "Links followed from a start page (pages a feed or sitemap lists count as start pages).", DefaultValueFactory = _ => 2, HelpName = "N" };
        var pages = new Option<int>("--max-pages") { Description = "Most URLs fetched in this run.", DefaultValueFactory = _ => 500, HelpName = "N" };
        var delay = new Option<double>("--delay") { Description = "Seconds between requests to one host (robots.txt Crawl-delay raises it).", DefaultValueFactory = _ => 1, HelpName = "SECONDS" };
        var perHost = new Option<int>("--concurrency-per-host") { Description = "Requests in flight to one host.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight over all hosts.", DefaultValueFactory = _ => 8, HelpName = "N" };
        var userAgent = new Option<string?>("--user-agent") { Description = $"Product part of the User-Agent (default {FetchOptions.DefaultProduct}); its name is what robots.txt groups are matched against.", HelpName = "TEXT" };
        var contact = new Option<string?>("--contact") { Description = $"E-mail or URL site operators can reach you at, added to the User-Agent (default: ${ContactVariable}).", HelpName = "EMAIL_OR_URL" };
        var topic = new Option<string?>("--topic") { Description = "Keep only articles whose text has all these words (\"quoted phrases\" too); OR between alternatives.", HelpName = "QUERY" };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take in all.", DefaultValueFactory = _ => 20, HelpName = "SECONDS" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest response body accepted, after decompression.", DefaultValueFactory = _ => 5 * 1024 * 1024, HelpName = "N" };
        var robotsSitemaps = new Option<bool>("--robots-sitemaps") { Description = "Also read the sitemaps a start page's site lists in its robots.txt (Sitemap: lines); their pages count as listed by a start sitemap." };
        var json = CommonOptions.Json();
        var command = new Command("scrape",
            "Collect articles from news sites, feeds, sitemaps or saved pages into the store: follows links within the allowed\n" +
            "domains, honours robots.txt (rules and Crawl-delay), waits between requests to a host, retries 429/503 after\n" +
            "Retry-After, and on a re-run asks servers only for what changed. Copies of a stored story (same canonical URL,\n" +
            "same text, or a near-identical syndicated text) are recorded as extra sources, not new articles. Ends with a\n" +
            "summary per host: fetched, new, updated, duplicates, not articles, blocked by robots, failed (with reasons).\n\n" +
            "Examples:\n" +
            "  newscorrelate scrape https://news.example/trade/ --max-depth 2 --max-pages 300 --contact desk@example.org\n" +
            "  newscorrelate scrape https://news.example/feed.xml https://news.example/sitemap.xml --topic \"rare earth OR magnets\"\n" +
            "  newscorrelate scrape sources.txt --allow-domain news.example --allow-domain wire.example --json\n" +
            "  newscorrelate scrape https://news.example/ --robots-sitemaps --max-depth 0 --max-pages 200\n" +
            "  newscorrelate scrape saved-pages/ --db ~/analysis.db")
        {
            inputs, allow, depth, pages, delay, perHost, concurrency, userAgent, contact, topic, timeout, maxBytes, robotsSitemaps, json,
        };
        command.SetAction(parse => Run(context, parse, new ScrapeArguments(
            parse.GetValue(inputs)!, parse.GetValue(allow) ?? [], parse.GetValue(depth), parse.GetValue(pages), parse.GetValue(delay),
            parse.GetValue(perHost), parse.GetValue(concurrency), parse.GetValue(userAgent), parse.GetValue(contact), parse.GetValue(topic),
            parse.GetValue(timeout), parse.GetValue(maxBytes), parse.GetValue(robotsSitemaps), parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, ScrapeArguments a)
    {
        if (a.MaxDepth < 0) throw CliException.Usage("--max-depth must be 0 or more.");
        if (a.MaxPages < 1) throw CliException.Usage("--max-pages must be at least 1.");
        if (a.Delay is < 0 or > 3600 || double.IsNaN(a.Delay)) throw CliException.Usage("--delay must be between 0 and 3600 seconds.");
        if (a.PerHost < 1 || a.Concurrency < 1) throw CliException.Usage("--concurrency and --concurrency-per-host must be at least 1.");
        if (a.Timeout is <= 0 or > 600 || double.IsNaN(a.Timeout)) throw CliException.Usage("--timeout must be more than 0 and at most 600 seconds.");
        if (a.MaxBytes < 1024) throw CliException.Usage("--max-bytes must be at least 1024.");
        if ((a.UserAgent ?? "").Any(char.IsControl) || (a.Contact ?? "").Any(char.IsControl))
            throw CliException.Usage("--user-agent and --contact cannot contain control characters.");
        if (a.UserAgent is { } ua && !char.IsLetterOrDigit(ua.TrimStart().FirstOrDefault()))
            throw CliException.Usage($"--user-agent '{ua}' must start with a product name, e.g. MyDesk/2.0.");
        TopicFilter? topic = null;
        if (a.Topic is not null && (topic = TopicFilter.TryParse(a.Topic, out var topicError)) is null) throw CliException.Usage("--topic: " + topicError);
        var seeds = CrawlInputs.Resolve(a.Inputs, out var errors);
        if (errors.Count > 0) throw new CliException(string.Join(Environment.NewLine + "error: ", errors));
        if (seeds.Count == 0) throw new CliException("nothing to scrape: no start URL or file was given.");

        var agent = FetchOptions.UserAgentWithContact(a.UserAgent, a.Contact ?? context.GetEnvironmentVariable(ContactVariable));
        var fetch = new FetchOptions(agent, TimeSpan.FromSeconds(a.Timeout), a.MaxBytes, 5);
        var politeness = new PolitenessOptions(TimeSpan.FromSeconds(a.Delay), a.PerHost);
        var scope = a.AllowDomains.Length > 0 ? new CrawlScope(a.AllowDomains) : null;
        var options = new CrawlOptions(scope, a.MaxDepth, a.MaxPages, a.Concurrency, topic, a.RobotsSitemaps);

        using var store = StoreOpener.Open(parse, context);
        using var session = new CrawlSession(store, fetch, politeness, context.Time);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        CrawlSummary summary;
        try
        {
            summary = context.Interactive
                ? CrawlWithProgress(context, session, seeds, options, cancel.Token)
                : session.RunAsync(seeds, options, null, cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        if (a.Json) JsonOutput.Write(context.Out, ToJson(summary, store.Path, agent));
        else ScrapeReport.Write(context, summary, store.Path);
        return summary.Total.Fetched == 0 && summary.Total.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static CrawlSummary CrawlWithProgress(CliContext context, CrawlSession session, IReadOnlyList<Uri> seeds, CrawlOptions options, CancellationToken cancellationToken)
    {
        CrawlSummary? summary = null;
        context.StatusConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("starting", maxValue: options.MaxPages);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, Math.Min(options.MaxPages, p.Done + p.Pending));
                    task.Value = p.Done;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{p.Done} done, {p.Pending} queued, {p.NewArticles} new, {p.Duplicates} dup, {p.Failed} failed");
                });
                summary = session.RunAsync(seeds, options, progress, cancellationToken).GetAwaiter().GetResult();
            });
        return summary!;
    }

    private static object ToJson(CrawlSummary s, string storePath, string userAgent) => new
    {
        store = storePath,
        userAgent,
        elapsedSeconds = Math.Round(s.Elapsed.TotalSeconds, 3),
        pagesPerSecond = Math.Round(s.PagesPerSecond, 1),
        s.Cancelled,
        total = s.Total,
        hosts = s.Hosts,
    };

    private sealed record ScrapeArguments(
        string[] Inputs, string[] AllowDomains, int MaxDepth, int MaxPages, double Delay, int PerHost, int Concurrency,
        string? UserAgent, string? Contact, string? Topic, double Timeout, long MaxBytes, bool RobotsSitemaps, bool Json);

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a captured context).</summary>
    private sealed class SynchronousProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
