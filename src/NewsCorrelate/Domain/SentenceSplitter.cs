namespace NewsCorrelate.Domain;

/// <summary>Splits article text into sentences for evidence. A line break always ends a sentence (headlines, bullet
/// points, paragraphs); a '.', '!' or '?' ends one when followed by a space and a capital, digit or quote, unless the
/// word before the period is a known abbreviation ("U.S.", "Dec.", "No. 18", "Mr.") or a single letter (initials).
/// Decimals ("4.5%") never split. Leading bullet marks are removed. Pure and thread-safe.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr", "no", "nos", "vs", "etc",
        "inc", "corp", "co", "ltd", "plc", "dept", "approx", "est", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('-', '*', '•', '\u2013', '\u2014', ' ', '\t');
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is not ('.' or '!' or '?')) continue;
                var end = i + 1;
                while (end < line.Length && line[end] is '"' or '\'' or '\u201d' or '\u2019' or ')') end++;
                if (end >= line.Length || !char.IsWhiteSpace(line[end])) continue;
                var next = end;
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next >= line.Length) break;
                var n = line[next];
                if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\u201c' or '\'' or '\u2018' or '(')) continue;
                if (c == '.' && IsAbbreviation(line, i)) continue;
                Add(sentences, line[start..end]);
                start = next;
                i = next - 1;
            }
            Add(sentences, line[start..]);
        }
        return sentences;
    }

    private static bool IsAbbreviation(string line, int period)
    {
        var j = period;
        while (j > 0 && (char.IsLetter(line[j - 1]) || line[j - 1] == '.')) j--;
        var word = line[j..period];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial, "J. Smith"
        if (word.Contains('.')) return true; // U.S. / e.g. / a.m.
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string s)
    {
        var t = s.Trim();
        if (t.Any(char.IsLetter)) sentences.Add(t);
    }
}
