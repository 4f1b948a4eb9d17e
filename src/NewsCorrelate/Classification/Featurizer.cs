namespace NewsCorrelate.Classification;

/// <summary>Turns text into hashed feature counts: word n-grams and character n-grams inside words (see
/// <see cref="FeatureSettings"/>). The hash (FNV-1a with a per-kind seed) is fixed, so the same text always gives the
/// same vector on every machine. Thread-safe: each call uses its own buffers.</summary>
public sealed class Featurizer
{
    private const uint WordSeed = 2166136261u;
    private const uint CharSeed = 0x9E3779B9u;
    private readonly FeatureSettings settings;
    private readonly int mask;

    public Featurizer(FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        mask = settings.Buckets - 1;
    }

    public FeatureSettings Settings => settings;

    /// <summary>Hashed n-gram counts of the text: bucket indices ascending, values = occurrences.</summary>
    public SparseVector Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var buckets = new List<int>(tokens.Count * 14);
        var previous = new uint[Math.Max(0, settings.WordNgramMax - 1)];
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t];
            var h = Hash(WordSeed, word);
            buckets.Add((int)(h & (uint)mask));
            // n-grams ending at this word: combine with the hashes of the words before it
            var combined = h;
            for (var n = 2; n <= settings.WordNgramMax && t - (n - 1) >= 0; n++)
            {
                combined = Mix(previous[n - 2] * 0x01000193u ^ combined ^ (uint)n);
                buckets.Add((int)(combined & (uint)mask));
            }
            for (var k = previous.Length - 1; k > 0; k--) previous[k] = previous[k - 1];
            if (previous.Length > 0) previous[0] = h;
            AddCharNgrams(word, buckets);
        }
        return Collapse(buckets);
    }

    private void AddCharNgrams(string word, List<int> buckets)
    {
        if (settings.CharNgramMin == 0) return;
        Span<char> padded = stackalloc char[word.Length + 2];
        padded[0] = ' ';
        word.AsSpan().CopyTo(padded[1..]);
        padded[^1] = ' ';
        for (var n = settings.CharNgramMin; n <= settings.CharNgramMax; n++)
        {
            if (n > padded.Length) break;
            for (var start = 0; start + n <= padded.Length; start++)
            {
                if (n == padded.Length) continue; // the whole padded word duplicates the unigram
                buckets.Add((int)(Hash(CharSeed ^ (uint)n, padded.Slice(start, n)) & (uint)mask));
            }
        }
    }

    private static SparseVector Collapse(List<int> buckets)
    {
        if (buckets.Count == 0) return SparseVector.Empty;
        buckets.Sort();
        var distinct = 1;
        for (var i = 1; i < buckets.Count; i++)
            if (buckets[i] != buckets[i - 1]) distinct++;
        var indices = new int[distinct];
        var values = new float[distinct];
        var j = 0;
        indices[0] = buckets[0];
        values[0] = 1;
        for (var i = 1; i < buckets.Count; i++)
        {
            if (buckets[i] == buckets[i - 1]) { values[j]++; continue; }
            j++;
            indices[j] = buckets[i];
            values[j] = 1;
        }
        return new SparseVector(indices, values);
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> s)
    {
        var h = seed;
        foreach (var c in s)
        {
            h ^= c;
            h *= 16777619u;
        }
        return Mix(h);
    }

    /// <summary>Murmur3 finaliser: spreads FNV's weak low bits before masking.</summary>
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }
}
