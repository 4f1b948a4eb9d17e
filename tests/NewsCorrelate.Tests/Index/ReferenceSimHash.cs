namespace NewsCorrelate.Tests.Index;

/// <summary>The original, plain SimHash (reference for <see cref="SimHashSpeedupTests"/>).</summary>
internal static class ReferenceSimHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> weights = stackalloc int[64];
        weights.Clear();
        ulong w1 = 0, w2 = 0;
        var words = 0;
        foreach (var word in Words(text))
        {
            var h = Fnv1a(word);
            words++;
            if (words >= 3)
                Add(weights, Mix(w1 * 31 + w2 * 17 + h));
            w1 = w2;
            w2 = h;
        }
        if (words is > 0 and < 3)
            Add(weights, Mix(w1 * 31 + w2));
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
            if (weights[bit] > 0)
                result |= 1UL << bit;
        return result;
    }

    private static void Add(Span<int> weights, ulong hash)
    {
        for (var bit = 0; bit < 64; bit++)
            weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
    }

    private static IEnumerable<ulong> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return Fnv1a(text.AsSpan(start, i - start));
                start = -1;
            }
        }
    }

    private static ulong Fnv1a(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h ^= char.ToLowerInvariant(c);
            h *= 1099511628211UL;
        }
        return h;
    }

    private static ulong Fnv1a(ulong value) => Mix(value);

    /// <summary>SplitMix64 finaliser: spreads the bits of a combined shingle hash.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
