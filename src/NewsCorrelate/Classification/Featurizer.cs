using System.Runtime.CompilerServices;
namespace NewsCorrelate.Classification;

/// <summary>Turns text into hashed feature counts: word n-grams and character n-grams inside words (see
/// <see cref="FeatureSettings"/>). The hash (FNV-1a with a per-kind seed) is fixed, so the same text always gives the
/// same vector on every machine. Thread-safe: each call uses its own buffers.</summary>
public sealed class Featurizer
{
    private const uint WordSeed = 2166136261u;
    private const uint CharSeed = 0x9E3779B9u;
    private const uint ConceptSeed = 0x85EBCA77u;
    private const uint PairSeed = 0xC2B2AE3Du;
    private const uint AttributedSeed = 0x27D4EB2Fu;
    private const uint ContrastedSeed = 0x165667B1u;
    private readonly FeatureSettings settings;
    private readonly int mask;
    // concept indices the attribution features read (when settings.Attribution)
    private readonly int cause, flowUp, flowDown, background, contrast;

    public Featurizer(FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        mask = settings.Buckets - 1;
        if (!settings.Attribution) return;
        var concepts = settings.Concepts.Concepts.ToList();
        int Find(string name) => concepts.IndexOf(name) is >= 0 and var i ? i : throw new ArgumentException(
            $"Attribution features need the concepts cause_attribution, flow_up, flow_down, background_past and contrast_despite in the lexicon; it has no '{name}'.", nameof(settings));
        (cause, flowUp, flowDown, background, contrast) =
            (Find("cause_attribution"), Find("flow_up"), Find("flow_down"), Find("background_past"), Find("contrast_despite"));
    }

    public FeatureSettings Settings => settings;

    /// <summary>Hashed n-gram counts of the text: bucket indices ascending, values = occurrences.</summary>
    public SparseVector Count(string text) => Count(text, out _);

    /// <summary>Hashed n-gram counts of the text, and its number of word tokens.</summary>
    public SparseVector Count(string text, out int words) => Count(text, false, out words, out _);

    /// <param name="text">The text (in passages mode, one sentence).</param>
    /// <param name="moveBefore">Whether the sentence before this one reports a move in the flow (a sentence that only
    /// gives its cause, "This may reflect...", then counts as an attribution).</param>
    /// <param name="words">Number of word tokens.</param>
    /// <param name="move">Whether the text reports a move in the flow (a flow_up or flow_down concept).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    private SparseVector Count(string text, bool moveBefore, out int words, out bool move)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        words = tokens.Count;
        var stems = settings.Stem || !settings.Concepts.IsEmpty ? StemCache.Stems(tokens) : tokens;
        if (settings.Stem) tokens = stems;
        var scratch = Scratch.For(settings.Buckets);
        Span<uint> previous = stackalloc uint[Math.Max(0, settings.WordNgramMax - 1)];
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
        move = AddConcepts(stems, moveBefore, scratch);
        return scratch.Drain();
    }

    /// <summary>Concept features (<see cref="FeatureSettings.Concepts"/>): each concept occurrence, and each pair of
    /// different concepts whose occurrences lie within <see cref="FeatureSettings.ConceptWindow"/> words of each other
    /// (in either order), so "tensions eased" and "easing of friction" share the features tension, ease and
    /// tension+ease.</summary>
    private bool AddConcepts(List<string> stems, bool moveBefore, Scratch scratch)
    {
        if (settings.Concepts.IsEmpty) return false;
        var found = settings.Concepts.Match(stems);
        for (var a = 0; a < found.Count; a++)
        {
            scratch.Add((int)(Mix(ConceptSeed ^ (uint)found[a].Concept * 0x01000193u) & (uint)mask));
            for (var b = a + 1; b < found.Count && found[b].Start - found[a].End <= settings.ConceptWindow; b++)
            {
                if (found[b].Concept == found[a].Concept) continue;
                var low = (uint)Math.Min(found[a].Concept, found[b].Concept);
                var high = (uint)Math.Max(found[a].Concept, found[b].Concept);
                scratch.Add((int)(Mix(PairSeed ^ (low * 0x01000193u + high) * 0x9E3779B1u) & (uint)mask));
            }
        }
        return settings.Attribution && AddAttribution(found, moveBefore, scratch);
    }

    /// <summary>Attribution features (<see cref="FeatureSettings.Attribution"/>). TAGS.md: a data report that names an
    /// event as the reason for a move carries the event's tag, however loosely it names it or hedges; a move "despite"
    /// an event is not explained by it; an earlier event that explains an earlier move is background. So when a
    /// sentence gives a cause (cause_attribution) for a move it or the sentence before reports, each of its other
    /// concepts is also counted as attributed, in two kinds: with or without a background-time marker in the
    /// sentence; when it sets the move against something (contrast_despite), as contrasted. Returns whether the
    /// sentence reports a move.</summary>
    private bool AddAttribution(List<(int Start, int End, int Concept)> found, bool moveBefore, Scratch scratch)
    {
        bool hasCause = false, hasMove = false, hasBackground = false, hasContrast = false;
        foreach (var (_, _, c) in found)
        {
            hasCause |= c == cause;
            hasMove |= c == flowUp || c == flowDown;
            hasBackground |= c == background;
            hasContrast |= c == contrast;
        }
        uint kind;
        if (hasContrast && hasMove) kind = ContrastedSeed;
        else if (hasCause && (hasMove || moveBefore)) kind = hasBackground ? AttributedSeed * 3 : AttributedSeed;
        else return hasMove;
        scratch.Add((int)(Mix(kind) & (uint)mask));
        foreach (var (_, _, c) in found)
        {
            if (c == cause || c == flowUp || c == flowDown || c == background || c == contrast) continue;
            scratch.Add((int)(Mix(kind ^ ((uint)c + 1) * 0x9E3779B1u) & (uint)mask));
        }
        return hasMove;
    }

    /// <summary>The counts a model scores for one article: the whole article, and its passages. When the article is
    /// longer than one and a half passages (<see cref="FeatureSettings.PassageWords"/>), the passages are runs of whole
    /// sentences (headline first) of about that many words, each starting half a passage after the previous one;
    /// otherwise the whole article is its only passage. An article whose news sits in one paragraph is so also judged
    /// on that paragraph, at the length of a short news item, instead of only diluted by the rest.</summary>
    public ArticleCounts CountPassages(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var size = settings.PassageWords;
        if (size == 0)
        {
            var all = Count(input.FullText);
            return new ArticleCounts(all, [all], []);
        }
        var sentences = input.Sentences();
        var counts = new SparseVector[sentences.Count];
        var words = new int[sentences.Count];
        var move = false;
        for (var i = 0; i < sentences.Count; i++) counts[i] = Count(sentences[i], move, out words[i], out move);
        var whole = Sum(counts);
        var counted = sentences.Select((text, i) => (text, counts[i])).ToList();
        if (words.Sum() * 2 <= size * 3) return new ArticleCounts(whole, [whole], counted);
        var passages = new List<SparseVector>();
        var start = 0;
        while (start < sentences.Count)
        {
            var end = start;
            var length = 0;
            while (end < sentences.Count && length < size) length += words[end++];
            passages.Add(Sum(counts.AsSpan(start, end - start)));
            if (end == sentences.Count) break;
            var skipped = 0;
            do skipped += words[start++]; while (start < end - 1 && skipped * 2 < length);
        }
        return new ArticleCounts(whole, passages, counted);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    private SparseVector Sum(ReadOnlySpan<SparseVector> vectors)
    {
        var scratch = Scratch.For(settings.Buckets);
        foreach (var v in vectors)
            for (var i = 0; i < v.Indices.Length; i++) scratch.Add(v.Indices[i], v.Values[i]);
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

    /// <summary>Per-thread counting buffer over the hash space: counts in a dense array, the touched buckets marked in a
    /// three-level bitmap (bucket, 64-bucket word, 4096-bucket block), so a document's distinct buckets come out in
    /// ascending order without a sort, at a cost in proportion to their number.</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? current;
        private readonly float[] counts;
        private readonly ulong[] words;   // bit b: bucket b touched
        private readonly ulong[] blocks;  // bit w: words[w] non-zero
        private readonly ulong[] top;     // bit k: blocks[k] non-zero
        private int touched;

        private Scratch(int buckets)
        {
            counts = new float[buckets];
            words = new ulong[Math.Max(1, buckets >> 6)];
            blocks = new ulong[Math.Max(1, buckets >> 12)];
            top = new ulong[Math.Max(1, buckets >> 18)];
        }

        public static Scratch For(int buckets)
        {
            if (current is null || current.counts.Length != buckets) current = new Scratch(buckets);
            return current;
        }

        public void Add(int bucket, float count = 1)
        {
            if (counts[bucket] == 0)
            {
                touched++;
                words[bucket >> 6] |= 1UL << bucket;
                blocks[bucket >> 12] |= 1UL << (bucket >> 6);
                top[bucket >> 18] |= 1UL << (bucket >> 12);
            }
            counts[bucket] += count;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
        public SparseVector Drain()
        {
            if (touched == 0) return SparseVector.Empty;
            var indices = new int[touched];
            var values = new float[touched];
            var j = 0;
            for (var t = 0; t < top.Length; t++)
                for (var tb = top[t]; tb != 0; tb &= tb - 1)
                {
                    var k = (t << 6) | System.Numerics.BitOperations.TrailingZeroCount(tb);
                    for (var bb = blocks[k]; bb != 0; bb &= bb - 1)
                    {
                        var w = (k << 6) | System.Numerics.BitOperations.TrailingZeroCount(bb);
                        for (var wb = words[w]; wb != 0; wb &= wb - 1)
                        {
                            var bucket = (w << 6) | System.Numerics.BitOperations.TrailingZeroCount(wb);
                            indices[j] = bucket;
                            values[j++] = counts[bucket];
                            counts[bucket] = 0;
                        }
                        words[w] = 0;
                    }
                    blocks[k] = 0;
                }
            Array.Clear(top);
            touched = 0;
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
