namespace NewsCorrelate.Scraping;

/// <summary>The URLs still to fetch, one FIFO queue per host taken in turns, with the crawl's limits applied on
/// the way in: in scope, not seen before, depth, page budget and trap rules. Memory: one 64-bit hash per URL
/// admitted plus the pending items (never more than the page budget). Thread-safe.</summary>
public sealed class Frontier
{
    private readonly Lock _lock = new();
    private volatile CrawlScope _scope;
    private readonly int _maxDepth;
    private readonly int _maxPages;
    private readonly int _currentYear;
    private readonly HashSet<ulong> _seen = [];
    private readonly Dictionary<string, int> _queryVariants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<FrontierItem>> _queues = new(StringComparer.Ordinal);
    private readonly List<string> _hosts = [];
    private int _next;

    public Frontier(CrawlScope scope, int maxDepth, int maxPages, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        _scope = scope;
        _maxDepth = maxDepth;
        _maxPages = maxPages;
        _currentYear = currentYear;
    }

    /// <summary>The hosts links may lead to. May be widened during a crawl (a start page that redirected).</summary>
    public CrawlScope Scope
    {
        get => _scope;
        set => _scope = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>URLs admitted so far (fetched, in flight or pending).</summary>
    public int Admitted { get; private set; }

    public int Pending { get; private set; }

    /// <summary>Offers a URL. Returns <see cref="FrontierVerdict.Added"/> or why it was turned away.
    /// <paramref name="trapReason"/> says which trap rule fired.</summary>
    public FrontierVerdict Offer(FrontierItem item, out string? trapReason)
    {
        ArgumentNullException.ThrowIfNull(item);
        trapReason = null;
        if (item.Depth > _maxDepth) return FrontierVerdict.TooDeep;
        if (!item.IsSeed && !item.Listed && !_scope.Allows(item.Url)) return FrontierVerdict.OutOfScope;
        var key = Hash(item.Url.AbsoluteUri);
        lock (_lock)
        {
            if (_seen.Contains(key)) return FrontierVerdict.Seen;
            if (Admitted >= _maxPages)
            {
                _seen.Add(key); // counted once, never fetched in this crawl
                return FrontierVerdict.OverBudget;
            }
            trapReason = CrawlTraps.Check(item.Url, _currentYear);
            if (trapReason is null && item.Url.Query.Length > 1)
            {
                var path = item.Url.GetLeftPart(UriPartial.Path);
                _queryVariants.TryGetValue(path, out var variants);
                if (variants >= CrawlTraps.MaxQueryVariantsPerPath) trapReason = $"more than {CrawlTraps.MaxQueryVariantsPerPath} query variants of one path";
                else _queryVariants[path] = variants + 1;
            }
            _seen.Add(key);
            if (trapReason is not null) return FrontierVerdict.Trap;
            var host = item.Url.IsFile ? "file" : item.Url.Authority;
            if (!_queues.TryGetValue(host, out var queue))
            {
                _queues[host] = queue = new Queue<FrontierItem>();
                _hosts.Add(host);
            }
            queue.Enqueue(item);
            Admitted++;
            Pending++;
            return FrontierVerdict.Added;
        }
    }

    /// <summary>Marks a URL as seen without queueing it (e.g. where a redirect ended), so links to it are not fetched again.</summary>
    public void MarkSeen(Uri url)
    {
        lock (_lock) _seen.Add(Hash(url.AbsoluteUri));
    }

    /// <summary>Takes the next URL, visiting hosts in turn and preferring hosts for which <paramref name="isReady"/>
    /// is true (e.g. a free request slot); falls back to any host when none is ready. False when empty.</summary>
    public bool TryTake(Func<Uri, bool> isReady, out FrontierItem? item)
    {
        ArgumentNullException.ThrowIfNull(isReady);
        lock (_lock)
        {
            item = null;
            if (Pending == 0) return false;
            var fallback = -1;
            for (var i = 0; i < _hosts.Count; i++)
            {
                var index = (_next + i) % _hosts.Count;
                var queue = _queues[_hosts[index]];
                if (queue.Count == 0) continue;
                if (fallback < 0) fallback = index;
                if (isReady(queue.Peek().Url)) return Take(index, out item);
            }
            return Take(fallback, out item);
        }
    }

    private bool Take(int index, out FrontierItem? item)
    {
        item = _queues[_hosts[index]].Dequeue();
        Pending--;
        _next = index + 1;
        return true;
    }

    /// <summary>FNV-1a 64: collisions are negligible at crawl sizes and 8 bytes per URL keeps memory flat.</summary>
    private static ulong Hash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
