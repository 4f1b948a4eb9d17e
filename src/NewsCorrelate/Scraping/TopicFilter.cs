namespace NewsCorrelate.Scraping;

/// <summary>The <c>--topic</c> test: alternatives separated by <c>OR</c>, each a set of words and "quoted phrases"
/// that must all occur (case-insensitive, whole words). <c>rare earth OR "magnet exports"</c> keeps texts with both
/// "rare" and "earth", or with the phrase "magnet exports". Immutable and thread-safe.</summary>
public sealed class TopicFilter
{
    private readonly IReadOnlyList<IReadOnlyList<string[]>> _alternatives;

    private TopicFilter(string query, IReadOnlyList<IReadOnlyList<string[]>> alternatives)
    {
        Query = query;
        _alternatives = alternatives;
    }

    public string Query { get; }

    /// <summary>Parses a query; null (with <paramref name="error"/>) when it has no words.</summary>
    public static TopicFilter? TryParse(string? query, out string? error)
    {
        error = null;
        var alternatives = new List<IReadOnlyList<string[]>>();
        var current = new List<string[]>();
        foreach (var token in Tokens(query ?? ""))
        {
            if (token == "OR")
            {
                if (current.Count > 0) alternatives.Add(current);
                current = [];
                continue;
            }
            var words = Words(token);
            if (words.Length > 0) current.Add(words);
        }
        if (current.Count > 0) alternatives.Add(current);
        if (alternatives.Count == 0)
        {
            error = $"topic query '{query}' has no words to look for";
            return null;
        }
        return new TopicFilter(query!.Trim(), alternatives);
    }

    /// <summary>True when <paramref name="text"/> satisfies one alternative.</summary>
    public bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        return _alternatives.Any(all => all.All(term => ContainsRun(words, term)));
    }

    private static bool ContainsRun(string[] words, string[] term)
    {
        for (var i = 0; i + term.Length <= words.Length; i++)
        {
            var j = 0;
            while (j < term.Length && words[i + j] == term[j]) j++;
            if (j == term.Length) return true;
        }
        return false;
    }

    private static IEnumerable<string> Tokens(string query)
    {
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0) end = query.Length;
                yield return query[(i + 1)..end];
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i])) i++;
            yield return query[start..i];
        }
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return [.. words];
    }
}
