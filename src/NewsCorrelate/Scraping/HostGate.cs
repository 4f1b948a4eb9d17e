namespace NewsCorrelate.Scraping;

/// <summary>Admits requests to one host: at most N at a time, and starts spaced by at least the host's delay
/// (and not before a server-requested pause is over). Thread-safe.</summary>
internal sealed class HostGate(int concurrency, TimeSpan delay, TimeProvider time)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    public TimeSpan Delay { get; } = delay;

    /// <summary>True when a request could start now without waiting for a slot (a scheduling hint).</summary>
    public bool HasFreeSlot => _slots.CurrentCount > 0;

    /// <summary>Waits for a slot and for the host's next start time; dispose the result when the request is done.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + Delay;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            return new Releaser(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Holds every request to this host until <paramref name="until"/> (e.g. after a 429 Retry-After).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
            if (until > _nextStart) _nextStart = until;
    }

    private sealed class Releaser(SemaphoreSlim slots) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release();
        }
    }
}
