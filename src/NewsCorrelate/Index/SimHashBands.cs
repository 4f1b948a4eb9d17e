namespace NewsCorrelate.Index;

/// <summary>Splits a 64-bit SimHash into four 16-bit bands. Two hashes within
/// <see cref="Domain.SimHash.NearDuplicateDistance"/> (3) bits share at least one whole band (pigeonhole), so
/// an index per band finds near-duplicate candidates without a full scan.</summary>
internal static class SimHashBands
{
    public const int Count = 4;

    public static long Band(ulong hash, int band) => (long)((hash >> (band * 16)) & 0xFFFF);
}
