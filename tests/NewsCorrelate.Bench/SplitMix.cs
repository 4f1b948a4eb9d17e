namespace NewsCorrelate.Bench;

/// <summary>A tiny deterministic random generator (SplitMix64): the same seed gives the same sequence on every
/// machine and .NET version, unlike seeded <see cref="Random"/> or <see cref="HashCode"/>.</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 .. <paramref name="max"/>-1.</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>[0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
