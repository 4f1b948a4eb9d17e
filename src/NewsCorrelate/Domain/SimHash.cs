using System.Numerics;

namespace NewsCorrelate.Domain;

/// <summary>64-bit similarity hash (Charikar) over word 3-shingles of lower-cased text. Copies of one story
/// (syndicated wire copy with a different headline, boilerplate or a trimmed paragraph) land within a few bits
/// of each other; unrelated texts differ in about 32 bits. Pure and thread-safe.</summary>
public static class SimHash
{
    /// <summary>Hamming distance at or below which two texts are treated as the same story.</summary>
    public const int NearDuplicateDistance = 3;

    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Bit counts are kept in byte lanes (SWAR): lane j of acc[j] counts bit j + 8k in byte k. That is 8 additions
        // per shingle instead of 64; lanes are emptied into the int counts before they can overflow (255).
        Span<ulong> acc = stackalloc ulong[8];
        Span<int> counts = stackalloc int[64];
        acc.Clear();
        counts.Clear();
        int shingles = 0, pending = 0;
        ulong w1 = 0, w2 = 0;
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var h = Mix(Fnv1a(text.AsSpan(start, i - start)));
                start = -1;
                words++;
                if (words >= 3)
                    Count(acc, counts, ref pending, ref shingles, Mix(w1 * 31 + w2 * 17 + h));
                w1 = w2;
                w2 = h;
            }
        }
        if (words is > 0 and < 3)
            Count(acc, counts, ref pending, ref shingles, Mix(w1 * 31 + w2));
        Drain(acc, counts);
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
            if (2 * counts[bit] > shingles)
                result |= 1UL << bit;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private const ulong LowBitOfEachByte = 0x0101010101010101UL;

    private static void Count(Span<ulong> acc, Span<int> counts, ref int pending, ref int shingles, ulong hash)
    {
        for (var j = 0; j < 8; j++)
            acc[j] += (hash >> j) & LowBitOfEachByte;
        shingles++;
        if (++pending == 255)
        {
            Drain(acc, counts);
            pending = 0;
        }
    }

    private static void Drain(Span<ulong> acc, Span<int> counts)
    {
        for (var j = 0; j < 8; j++)
        {
            for (var k = 0; k < 8; k++)
                counts[j + 8 * k] += (int)((acc[j] >> (8 * k)) & 0xFF);
            acc[j] = 0;
        }
    }

    private static bool IsLetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static ulong Fnv1a(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h ^= c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>SplitMix64 finaliser: spreads the bits of a combined shingle hash.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
