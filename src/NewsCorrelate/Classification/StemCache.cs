using System.Runtime.CompilerServices;
namespace NewsCorrelate.Classification;

/// <summary>Porter stems of tokens, remembered per thread (news text repeats its words; stemming each occurrence
/// again would cost more than the rest of featurizing). The cache is cleared when it grows past a bound, so memory
/// stays flat on any vocabulary.</summary>
internal static class StemCache
{
    private const int MaxEntries = 200_000;
    [ThreadStatic] private static Dictionary<string, string>? cache;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    public static List<string> Stems(List<string> tokens)
    {
        var known = cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.Count > MaxEntries) known.Clear();
        var stems = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!known.TryGetValue(token, out var stem)) known[token] = stem = PorterStemmer.Stem(token);
            stems.Add(stem);
        }
        return stems;
    }
}
