namespace NewsCorrelate.Domain;

/// <summary>Splits text into sentences for evidence and figure reading. Knows abbreviations ("U.S.", "Dec.",
/// "No. 18", "Mr."), initials, decimals ("56.1%") and numbers with thousands separators, and treats a
/// paragraph break or a bullet as a boundary. Pure and thread-safe.</summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "nos",
        "vs", "etc", "approx", "est", "dept", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "al",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order, never empty strings.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        foreach (var block in text.Split('\n'))
        {
            var line = block.Trim().TrimStart('-', '*', '•', '–').Trim();
            if (line.Length == 0) continue;
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is not ('.' or '!' or '?')) continue;
                var end = i + 1;
                while (end < line.Length && line[end] is '"' or '\'' or '”' or '’' or ')' or '.' or '!' or '?') end++;
                if (end < line.Length && !char.IsWhiteSpace(line[end])) continue;           // "56.1", "U.S.-China"
                if (c == '.' && IsAbbreviation(line, start, i)) continue;
                var next = end;
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next < line.Length && char.IsLower(line[next])) continue;                  // "the U.S. said ..."
                Add(result, line[start..end]);
                start = next;
                i = next - 1;
            }
            if (start < line.Length) Add(result, line[start..]);
        }
        return result;
    }

    private static bool IsAbbreviation(string line, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] != '(') wordStart--;
        var word = line[wordStart..dot].TrimStart('"', '\'', '“', '‘');
        if (word.Length == 1 && char.IsUpper(word[0])) return true;                            // initials: "J. Smith"
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> result, string sentence)
    {
        var s = sentence.Trim();
        if (s.Length > 0) result.Add(s);
    }
}
