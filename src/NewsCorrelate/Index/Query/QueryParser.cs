using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Query;

/// <summary>Parses the search language analysts know from Lucene and Kibana: words (implicit AND), "phrases",
/// <c>OR</c>, <c>AND</c>, <c>NOT</c> or <c>-word</c>, <c>prefix*</c>, parentheses, and the filters
/// <c>month:</c>, <c>from:</c>, <c>to:</c>, <c>tag:</c>, <c>source:</c>, <c>linked:</c>. Filters apply to the whole query, so they
/// may only stand at the top level (not inside OR, NOT or parentheses). Never throws for bad text: the result carries
/// the message and column. Pure and thread-safe.</summary>
public static class QueryParser
{
    public static QueryParseResult Parse(string? text)
    {
        text ??= "";
        var (tokens, error) = QueryTokenizer.Tokenize(text);
        if (error is not null) return QueryParseResult.Fail(error.Message, error.Column);
        var parser = new Cursor(tokens);
        try
        {
            if (parser.Peek.Kind == QueryTokenKind.End) return QueryParseResult.Ok(SearchQuery.All);
            var tree = parser.ParseOr();
            var end = parser.Peek;
            if (end.Kind == QueryTokenKind.Close) throw new ParseFailure("')' without a matching '('", end.Column);
            if (end.Kind != QueryTokenKind.End) throw new ParseFailure($"unexpected '{end.Text}'", end.Column);
            return Lift(tree);
        }
        catch (ParseFailure f)
        {
            return QueryParseResult.Fail(f.Message, f.Column);
        }
    }

    /// <summary>Moves top-level fields into <see cref="SearchFilters"/>; fields elsewhere are an error.</summary>
    private static QueryParseResult Lift(QueryNode tree)
    {
        var top = tree is QueryNode.And and ? and.Children : [tree];
        var filters = SearchFilters.None;
        var words = new List<QueryNode>();
        foreach (var node in top)
        {
            if (node is QueryNode.Field f)
            {
                var applied = Apply(filters, f);
                if (applied.Error is not null) return QueryParseResult.Fail(applied.Error.Message, applied.Error.Column);
                filters = applied.Filters!;
            }
            else
            {
                if (FindField(node) is { } nested)
                    return QueryParseResult.Fail($"filter '{nested.Name}:' applies to the whole query; it cannot be inside OR, NOT or parentheses", nested.Column);
                words.Add(node);
            }
        }
        if (filters.From is { } from && filters.To is { } to && from > to)
            return QueryParseResult.Fail($"the month window is empty: from {from} is after to {to}", 1);
        QueryNode? text = words.Count switch
        {
            0 => null,
            1 => words[0],
            _ => new QueryNode.And(words, words[0].Column),
        };
        if (text is not null && FtsTranslator.Check(text) is { } problem)
            return QueryParseResult.Fail(problem.Message, problem.Column);
        return QueryParseResult.Ok(new SearchQuery(text, filters));
    }

    private static (SearchFilters? Filters, QueryError? Error) Apply(SearchFilters filters, QueryNode.Field f)
    {
        switch (f.Name)
        {
            case "month" or "from" or "to":
                if (!Month.TryParse(f.Value, out var m))
                    return (null, new QueryError($"'{f.Value}' is not a month; expected YYYY-MM, e.g. {f.Name}:2025-11", f.Column));
                return (f.Name switch { "month" => filters.InMonth(m), "from" => filters.Since(m), _ => filters.Until(m) }, null);
            case "linked":
                if (!Month.TryParse(f.Value, out var linked))
                    return (null, new QueryError($"'{f.Value}' is not a month; expected YYYY-MM, e.g. linked:2025-11", f.Column));
                return (filters.WithLinked(linked), null);
            case "tag":
                if (!Tag.TryParse(f.Value, out var tag))
                    return (null, new QueryError($"'{f.Value}' is not a tag name (lower-case letters, digits and _), e.g. tag:truce", f.Column));
                return (filters.WithTag(tag), null);
            default:
                return (filters.WithSource(f.Value), null);
        }
    }

    private static QueryNode.Field? FindField(QueryNode node) => node switch
    {
        QueryNode.Field f => f,
        QueryNode.And a => a.Children.Select(FindField).FirstOrDefault(x => x is not null),
        QueryNode.Or o => o.Children.Select(FindField).FirstOrDefault(x => x is not null),
        QueryNode.Not n => FindField(n.Child),
        _ => null,
    };

    private sealed class ParseFailure(string message, int column) : Exception(message)
    {
        public int Column { get; } = column;
    }

    private sealed class Cursor(List<QueryToken> tokens)
    {
        private int _at;

        public QueryToken Peek => tokens[_at];

        private QueryToken Next() => tokens[_at++];

        public QueryNode ParseOr()
        {
            var first = ParseAnd();
            var children = new List<QueryNode> { first };
            while (Peek.Kind == QueryTokenKind.Or)
            {
                var or = Next();
                if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or or QueryTokenKind.And)
                    throw new ParseFailure("'OR' needs a word, phrase or group after it", or.Column);
                children.Add(ParseAnd());
            }
            return children.Count == 1 ? first : new QueryNode.Or(children, first.Column);
        }

        private QueryNode ParseAnd()
        {
            var start = Peek;
            if (start.Kind is QueryTokenKind.Or or QueryTokenKind.And)
                throw new ParseFailure($"'{start.Text}' needs a word, phrase or group before it", start.Column);
            var children = new List<QueryNode> { ParseUnary() };
            while (Peek.Kind is not (QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or))
            {
                if (Peek.Kind == QueryTokenKind.And)
                {
                    var and = Next();
                    if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or or QueryTokenKind.And)
                        throw new ParseFailure("'AND' needs a word, phrase or group after it", and.Column);
                }
                children.Add(ParseUnary());
            }
            return children.Count == 1 ? children[0] : new QueryNode.And(children, children[0].Column);
        }

        private QueryNode ParseUnary()
        {
            var t = Peek;
            if (t.Kind is QueryTokenKind.Not or QueryTokenKind.Minus)
            {
                Next();
                if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or or QueryTokenKind.And)
                    throw new ParseFailure($"'{t.Text}' needs a word, phrase or group to exclude", t.Column);
                return new QueryNode.Not(ParseUnary(), t.Column);
            }
            return ParsePrimary();
        }

        private QueryNode ParsePrimary()
        {
            var t = Next();
            switch (t.Kind)
            {
                case QueryTokenKind.Word:
                    return new QueryNode.Term(t.Text, t.Prefix, t.Column);
                case QueryTokenKind.Phrase:
                    if (!t.Text.Any(char.IsLetterOrDigit))
                        throw new ParseFailure("the phrase has no letters or digits to search for", t.Column);
                    return t.Prefix ? new QueryNode.Term(t.Text, true, t.Column) : new QueryNode.Phrase(t.Text, t.Column);
                case QueryTokenKind.Field:
                    return new QueryNode.Field(t.FieldName!, t.Text, t.Column);
                case QueryTokenKind.Open:
                    if (Peek.Kind == QueryTokenKind.Close) throw new ParseFailure("empty parentheses", t.Column);
                    var inner = ParseOr();
                    if (Peek.Kind != QueryTokenKind.Close) throw new ParseFailure("'(' is never closed", t.Column);
                    Next();
                    return inner;
                case QueryTokenKind.Close:
                    throw new ParseFailure("')' without a matching '('", t.Column);
                default:
                    throw new ParseFailure($"unexpected '{t.Text}'", t.Column);
            }
        }
    }
}
