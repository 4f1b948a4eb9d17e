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
        var scratch = Scratch.For(settings.Buckets);
        var previous = new uint[Math.Max(0, settings.WordNgramMax - 1)];
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t];
            var h = Hash(WordSeed, word);
            scratch.Add((int)(h & (uint)mask));
            // n-grams ending at this word: combine with the hashes of the words before it
            var combined = h;
            for (var n = 2; n <= settings.WordNgramMax && t - (n - 1) >= 0; n++)
            {
                combined = Mix(previous[n - 2] * 0x01000193u ^ combined ^ (uint)n);
                scratch.Add((int)(combined & (uint)mask));
            }
            for (var k = previous.Length - 1; k > 0; k--) previous[k] = previous[k - 1];
            if (previous.Length > 0) previous[0] = h;
            AddCharNgrams(word, scratch);
        }
        return scratch.Drain();
    }

    private void AddCharNgrams(string word, Scratch scratch)
    {
        if (settings.CharNgramMin == 0) return;
        // the word padded with a boundary mark on each side; grams of every length from each start, hashed
        // incrementally; the whole padded word is skipped (it duplicates the unigram)
        var length = word.Length + 2;
        for (var start = 0; start + settings.CharNgramMin <= length; start++)
        {
            var h = CharSeed;
            for (var end = start; end < length && end - start < settings.CharNgramMax; end++)
            {
                var c = end == 0 || end == length - 1 ? ' ' : word[end - 1];
                h = (h ^ c) * 16777619u;
                var n = end - start + 1;
                if (n < settings.CharNgramMin || n == length) continue;
                scratch.Add((int)(Mix(h ^ (uint)n) & (uint)mask));
            }
        }
    }

    /// <summary>Per-thread counting buffer over the hash space: counts in a dense array, the touched buckets in a
    /// list, so a document costs a sort of its distinct buckets only.</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? current;
        private readonly float[] counts;
        private readonly List<int> touched = new(4096);

        private Scratch(int buckets) => counts = new float[buckets];

        public static Scratch For(int buckets)
        {
            if (current is null || current.counts.Length != buckets) current = new Scratch(buckets);
            return current;
        }

        public void Add(int bucket)
        {
            if (counts[bucket]++ == 0) touched.Add(bucket);
        }

        public SparseVector Drain()
        {
            if (touched.Count == 0) return SparseVector.Empty;
            touched.Sort();
            var indices = touched.ToArray();
            var values = new float[indices.Length];
            for (var i = 0; i < indices.Length; i++)
            {
                values[i] = counts[indices[i]];
                counts[indices[i]] = 0;
            }
            touched.Clear();
            return new SparseVector(indices, values);
        }
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
