using System.Collections.Concurrent;

namespace NewsCorrelate.Scraping;

/// <summary>The one wrapper that makes fetching polite: robots.txt (fetched once per host, disallow rules and
/// Crawl-delay), a per-host gate (delay between starts = max(configured delay, Crawl-delay), per-host concurrency)
/// and retries of 429/502/503/504 honouring Retry-After (seconds or HTTP date) with capped exponential backoff and
/// seeded jitter; a pause asked by the server holds the whole host. Waits use the injected TimeProvider.
/// Thread-safe; never throws for remote trouble (that is a result), only on cancellation.</summary>
public sealed class PoliteFetcher
{
    private readonly HttpFetcher _fetcher;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.Ordinal);
    private readonly Random _jitter;
    private readonly Lock _jitterLock = new();

    public PoliteFetcher(HttpFetcher fetcher, PolitenessOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ConcurrencyPerHost, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        _fetcher = fetcher;
        Options = options;
        _time = time ?? TimeProvider.System;
        _jitter = new Random(options.Seed);
    }

    public PolitenessOptions Options { get; }

    /// <summary>True when a request to <paramref name="url"/>'s host could start without waiting for a free slot
    /// (hosts not yet contacted count as free). A scheduling hint for the frontier.</summary>
    public bool HostHasFreeSlot(Uri url) => !_gates.TryGetValue(HostKey(url), out var gate) || gate.HasFreeSlot;

    /// <summary>Fetches politely. Blocked when robots.txt forbids the URL; file:// URLs skip robots and gates.</summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url.IsFile) return await _fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        var rules = await RobotsAsync(request.Url, cancellationToken).ConfigureAwait(false);
        if (rules.HostUnreachable)
            return FetchResult.Fail(request.Url, "host unreachable: " + rules.Note);
        if (!rules.IsAllowed(request.Url))
            return FetchResult.Blocked(request.Url, rules.Note is null ? "robots.txt disallows it" : "robots.txt: " + rules.Note);
        var check = request.RedirectCheck;
        request = request with
        {
            // The crawl's own check (scope) comes first; then the target's robots.txt: the same host's rules, or,
            // for a redirect to another host, that host's robots.txt (fetched and cached like any other).
            RedirectCheck = async (target, ct) =>
            {
                if (check is not null && await check(target, ct).ConfigureAwait(false) is { } refused) return refused;
                if (target.IsFile) return null;
                var targetRules = HostKey(target) == HostKey(request.Url) ? rules : await RobotsAsync(target, ct).ConfigureAwait(false);
                return targetRules.IsAllowed(target) ? null : $"redirected to a page robots.txt of {target.Authority} disallows";
            },
        };
        var gate = _gates.GetOrAdd(HostKey(request.Url), _ => new HostGate(Options.ConcurrencyPerHost,
            rules.CrawlDelay is { } cd && cd > Options.Delay ? cd : Options.Delay, _time));
        for (var attempt = 0; ; attempt++)
        {
            FetchResult result;
            using (await gate.EnterAsync(cancellationToken).ConfigureAwait(false))
                result = await _fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsRetryable(result)) return result;
            if (attempt >= Options.MaxRetries)
                return result with { Reason = $"{result.Reason} (gave up after {attempt + 1} attempts)" };
            if (result.RetryAfter is { } asked && asked > Options.BackoffCap)
                return result with { Reason = $"{result.Reason} (Retry-After {asked.TotalSeconds:0} s is longer than the {Options.BackoffCap.TotalSeconds:0} s cap)" };
            gate.PauseUntil(_time.GetUtcNow() + Backoff(attempt, result.RetryAfter));
        }
    }

    /// <summary>The robots.txt rules for <paramref name="url"/>'s host (fetched once, then cached).</summary>
    public Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = HostKey(url);
        var lazy = _robots.GetOrAdd(key, _ => new Lazy<Task<RobotsRules>>(() => FetchRobotsAsync(url, cancellationToken)));
        return lazy.Value;
    }

    private async Task<RobotsRules> FetchRobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        var result = await _fetcher.FetchAsync(new FetchRequest(robotsUrl), cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Status: FetchStatus.Ok, Text: { } text } => RobotsRules.Parse(text, _fetcher.Options.ProductToken),
            { StatusCode: >= 400 and < 500 and not 429 } => RobotsRules.AllowAll,
            { Status: FetchStatus.Skipped } => RobotsRules.AllowAll,
            { StatusCode: 0 } => RobotsRules.Unreachable(result.Reason ?? "no answer"),
            _ => RobotsRules.DisallowAll($"robots.txt answered {result.Reason}, so the host is treated as closed"),
        };
    }

    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponential = Options.Backoff * Math.Pow(2, attempt);
        double jitter;
        lock (_jitterLock) jitter = _jitter.NextDouble() * 0.5;
        var wait = exponential * (1 + jitter);
        if (retryAfter is { } asked && asked > wait) wait = asked;
        return wait > Options.BackoffCap ? Options.BackoffCap : wait;
    }

    private static bool IsRetryable(FetchResult result) =>
        result.Status == FetchStatus.Failed && result.StatusCode is 429 or 502 or 503 or 504;

    private static string HostKey(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
