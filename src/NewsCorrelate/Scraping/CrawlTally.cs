namespace NewsCorrelate.Scraping;

/// <summary>The counters of a crawl, per host. Thread-safe; memory grows with hosts and distinct failure
/// reasons (capped per host), never with pages.</summary>
internal sealed class CrawlTally
{
    private const int MaxReasonsPerHost = 25;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Done { get; private set; }
    public int NewArticles { get; private set; }
    public int Duplicates { get; private set; }
    public int Failed { get; private set; }

    public void Count(Uri url, CrawlCount what, string? reason = null)
    {
        var host = url.IsFile ? "local files" : url.Authority;
        lock (_lock)
        {
            if (!_rows.TryGetValue(host, out var row))
            {
                _rows[host] = row = new Row();
                _order.Add(host);
            }
            row.Counts[(int)what]++;
            switch (what)
            {
                case CrawlCount.New: NewArticles++; break;
                case CrawlCount.Duplicate: Duplicates++; break;
                case CrawlCount.Failed:
                    Failed++;
                    var key = reason ?? "unknown";
                    if (row.Reasons.TryGetValue(key, out var seen)) row.Reasons[key] = (seen.Count + 1, seen.Example);
                    else if (row.Reasons.Count < MaxReasonsPerHost) row.Reasons[key] = (1, url.AbsoluteUri);
                    else row.Reasons["other reasons"] = (row.Reasons.GetValueOrDefault("other reasons").Count + 1, url.AbsoluteUri);
                    break;
            }
        }
    }

    public void Finished()
    {
        lock (_lock) Done++;
    }

    public CrawlSummary Summarise(TimeSpan elapsed, bool cancelled)
    {
        lock (_lock)
        {
            var hosts = _order.Select(h => ToSummary(h, _rows[h].Counts, _rows[h].Reasons)).ToList();
            var totals = new int[Enum.GetValues<CrawlCount>().Length];
            var reasons = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
            foreach (var row in _rows.Values)
            {
                for (var i = 0; i < totals.Length; i++) totals[i] += row.Counts[i];
                foreach (var (reason, (count, example)) in row.Reasons)
                    reasons[reason] = reasons.TryGetValue(reason, out var r) ? (r.Count + count, r.Example) : (count, example);
            }
            return new CrawlSummary(hosts, ToSummary("total", totals, reasons), elapsed, cancelled);
        }
    }

    private static HostSummary ToSummary(string host, int[] c, Dictionary<string, (int Count, string Example)> reasons) => new(
        host,
        c[(int)CrawlCount.Fetched], c[(int)CrawlCount.New], c[(int)CrawlCount.Updated], c[(int)CrawlCount.Unchanged],
        c[(int)CrawlCount.Duplicate], c[(int)CrawlCount.NotArticle], c[(int)CrawlCount.OffTopic], c[(int)CrawlCount.Undated],
        c[(int)CrawlCount.Listing], c[(int)CrawlCount.Skipped], c[(int)CrawlCount.Blocked], c[(int)CrawlCount.Trap],
        c[(int)CrawlCount.OverBudget], c[(int)CrawlCount.Failed],
        reasons.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new FailureCount(r.Key, r.Value.Count, r.Value.Example)).ToList());

    private sealed class Row
    {
        public int[] Counts { get; } = new int[Enum.GetValues<CrawlCount>().Length];
        public Dictionary<string, (int Count, string Example)> Reasons { get; } = new(StringComparer.Ordinal);
    }
}
