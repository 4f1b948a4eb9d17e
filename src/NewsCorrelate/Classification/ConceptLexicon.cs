using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsCorrelate.Classification;

/// <summary>A domain thesaurus: words and phrases grouped into concepts ("ease", "agreement", "tension", ...), so that
/// the classifier can learn from one wording and recognise its synonyms. Entries are matched on stemmed tokens
/// (<see cref="Tokenizer"/> then <see cref="PorterStemmer"/>), the longest entry first. The lexicon carries meaning
/// only; the trained model decides what each concept is worth. Immutable and thread-safe.</summary>
public sealed class ConceptLexicon
{
    private const string ResourceName = "NewsCorrelate.Classification.concepts.txt";
    private static readonly Lazy<ConceptLexicon> Shipped = new(LoadShipped);

    // first stemmed token -> entries starting with it (token sequences and concept index), longest first
    private readonly Dictionary<string, (string[] Tokens, int Concept)[]> entries;

    private ConceptLexicon(string source, IReadOnlyList<string> concepts, Dictionary<string, (string[], int)[]> entries)
    {
        Source = source;
        Concepts = concepts;
        this.entries = entries;
    }

    /// <summary>No concepts: concept features off.</summary>
    public static ConceptLexicon Empty { get; } = new("", [], []);

    /// <summary>The lexicon the team ships (<c>src/NewsCorrelate/Classification/concepts.txt</c>).</summary>
    public static ConceptLexicon Default => Shipped.Value;

    /// <summary>The lexicon's text as parsed; model files store it so a model always uses its own lexicon.</summary>
    public string Source { get; }

    public IReadOnlyList<string> Concepts { get; }

    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>Parses the lexicon format: '#' comments, <c>[concept]</c> headers, one entry (word or phrase) per
    /// line under its concept. A malformed line is an error naming the line.</summary>
    public static ConceptLexicon Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var concepts = new List<string>();
        var byFirst = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in source.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[')
            {
                if (line[^1] != ']' || line.Length < 3)
                    throw new FormatException($"concept lexicon line {lineNumber}: a header must look like [name], not '{line}'.");
                var name = line[1..^1].Trim();
                if (concepts.Contains(name))
                    throw new FormatException($"concept lexicon line {lineNumber}: concept '{name}' is declared twice.");
                concepts.Add(name);
                continue;
            }
            if (concepts.Count == 0)
                throw new FormatException($"concept lexicon line {lineNumber}: entry '{line}' comes before any [concept] header.");
            var tokens = Tokenizer.Tokenize(line).Select(PorterStemmer.Stem).ToArray();
            if (tokens.Length == 0)
                throw new FormatException($"concept lexicon line {lineNumber}: entry '{line}' has no words.");
            var key = string.Join(' ', tokens);
            // the same stemmed entry under two concepts: the first one keeps it (stemming can merge distinct words)
            if (!seen.TryAdd(key, concepts.Count - 1)) continue;
            if (!byFirst.TryGetValue(tokens[0], out var list)) byFirst[tokens[0]] = list = [];
            list.Add((tokens, concepts.Count - 1));
        }
        var entries = byFirst.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal);
        return new ConceptLexicon(source, concepts, entries);
    }

    /// <summary>The concept occurrences in a sequence of stemmed tokens: at each position the longest entry that
    /// starts there, then matching resumes after it.</summary>
    public List<(int Start, int End, int Concept)> Match(IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        // a list is read in place (no interface call per token); anything else is copied once
        return Match(stems is List<string> list ? CollectionsMarshal.AsSpan(list) : stems.ToArray());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    private List<(int Start, int End, int Concept)> Match(ReadOnlySpan<string> stems)
    {
        var found = new List<(int, int, int)>();
        var i = 0;
        while (i < stems.Length)
        {
            var matched = false;
            if (entries.TryGetValue(stems[i], out var candidates))
                foreach (var (tokens, concept) in candidates)
                {
                    if (i + tokens.Length > stems.Length) continue;
                    var all = true;
                    for (var t = 1; t < tokens.Length && all; t++) all = stems[i + t] == tokens[t];
                    if (!all) continue;
                    found.Add((i, i + tokens.Length, concept));
                    i += tokens.Length;
                    matched = true;
                    break;
                }
            if (!matched) i++;
        }
        return found;
    }

    private static ConceptLexicon LoadShipped()
    {
        using var stream = typeof(ConceptLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its concept lexicon ({ResourceName}).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
