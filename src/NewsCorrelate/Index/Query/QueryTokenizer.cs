namespace NewsCorrelate.Index.Query;

/// <summary>Splits query text into tokens. Columns are 1-based. Keywords (AND, OR, NOT) are upper-case only, as in
/// Lucene; lower-case "or" is a word.</summary>
internal static class QueryTokenizer
{
    public static readonly IReadOnlyList<string> Fields = ["month", "from", "to", "tag", "source", "linked"];

    public static (List<QueryToken> Tokens, QueryError? Error) Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new(QueryTokenKind.Open, "(", column)); i++; continue; }
            if (c == ')') { tokens.Add(new(QueryTokenKind.Close, ")", column)); i++; continue; }
            if (c == '"')
            {
                var (phrase, next, error) = ReadQuoted(text, i);
                if (error is not null) return (tokens, error);
                var prefix = next < text.Length && text[next] == '*';
                tokens.Add(new(QueryTokenKind.Phrase, phrase, column, Prefix: prefix));
                i = prefix ? next + 1 : next;
                continue;
            }
            if (c == '-')
            {
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ')')
                    return (tokens, new QueryError("'-' must be followed directly by the word, phrase or group to exclude", column));
                tokens.Add(new(QueryTokenKind.Minus, "-", column));
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or '"' or ':')) end++;
            var word = text[i..end];
            if (end < text.Length && text[end] == ':' && word.Length > 0 && word.All(char.IsAsciiLetter))
            {
                var field = ReadField(text, word, i, end + 1);
                if (field.Error is not null) return (tokens, field.Error);
                tokens.Add(field.Token!);
                i = field.Next;
                continue;
            }
            if (end < text.Length && text[end] == ':')
            {
                // A colon inside a word that is not a field name (e.g. 10:30): keep it as part of the word.
                end++;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or '"')) end++;
                word = text[i..end];
            }
            i = end;
            switch (word)
            {
                case "AND": tokens.Add(new(QueryTokenKind.And, word, column)); break;
                case "OR": tokens.Add(new(QueryTokenKind.Or, word, column)); break;
                case "NOT": tokens.Add(new(QueryTokenKind.Not, word, column)); break;
                default:
                    var prefix = word.EndsWith('*');
                    var bare = word.TrimEnd('*');
                    if (!bare.Any(char.IsLetterOrDigit))
                        return (tokens, new QueryError($"'{word}' has no letters or digits to search for", column));
                    tokens.Add(new(QueryTokenKind.Word, bare, column, Prefix: prefix));
                    break;
            }
        }
        tokens.Add(new(QueryTokenKind.End, "", text.Length + 1));
        return (tokens, null);
    }

    private static (string Text, int Next, QueryError? Error) ReadQuoted(string text, int quote)
    {
        var close = text.IndexOf('"', quote + 1);
        if (close < 0) return ("", text.Length, new QueryError("unclosed quote", quote + 1));
        return (text[(quote + 1)..close], close + 1, null);
    }

    private static (QueryToken? Token, int Next, QueryError? Error) ReadField(string text, string name, int start, int valueStart)
    {
        var lower = name.ToLowerInvariant();
        if (!Fields.Contains(lower))
            return (null, 0, new QueryError($"unknown field '{name}:'; known: {string.Join(", ", Fields)}", start + 1));
        string value;
        int next;
        if (valueStart < text.Length && text[valueStart] == '"')
        {
            var (quoted, after, error) = ReadQuoted(text, valueStart);
            if (error is not null) return (null, 0, error);
            value = quoted;
            next = after;
        }
        else
        {
            next = valueStart;
            while (next < text.Length && !char.IsWhiteSpace(text[next]) && text[next] is not ('(' or ')')) next++;
            value = text[valueStart..next];
        }
        if (string.IsNullOrWhiteSpace(value))
            return (null, 0, new QueryError($"field '{lower}:' needs a value, e.g. {Example(lower)}", start + 1));
        return (new QueryToken(QueryTokenKind.Field, value.Trim(), start + 1, lower), next, null);
    }

    internal static string Example(string field) => field switch
    {
        "tag" => "tag:truce",
        "source" => "source:reuters",
        "linked" => "linked:2025-11",
        _ => field + ":2025-11",
    };
}
