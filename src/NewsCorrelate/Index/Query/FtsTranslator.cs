using System.Text;

namespace NewsCorrelate.Index.Query;

/// <summary>Turns a query tree into an FTS5 MATCH expression. Every word and phrase is emitted as a quoted FTS5
/// string, so no user text is ever read as FTS5 syntax. FTS5's NOT is binary ("a NOT b"), so a negation needs a
/// positive sibling in the same AND group: <see cref="Check"/> reports a query that has none.</summary>
internal static class FtsTranslator
{
    public static QueryError? Check(QueryNode node) => node switch
    {
        QueryNode.Not n => new QueryError("a query cannot consist only of exclusions: add a word to search for before the NOT or -", n.Column),
        QueryNode.And a when a.Children.All(c => c is QueryNode.Not) =>
            new QueryError("a query cannot consist only of exclusions: add a word to search for before the NOT or -", a.Column),
        QueryNode.And a => a.Children.Select(c => c is QueryNode.Not n ? Check(n.Child) : Check(c)).FirstOrDefault(e => e is not null),
        QueryNode.Or o => o.Children.Select(Check).FirstOrDefault(e => e is not null),
        _ => null,
    };

    /// <summary>The MATCH expression; call only for a tree that passed <see cref="Check"/>.</summary>
    public static string ToMatch(QueryNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, QueryNode node)
    {
        switch (node)
        {
            case QueryNode.Term t:
                Quote(sb, t.Text);
                if (t.Prefix) sb.Append('*');
                break;
            case QueryNode.Phrase p:
                Quote(sb, p.Text);
                break;
            case QueryNode.Or o:
                sb.Append('(');
                for (var i = 0; i < o.Children.Count; i++)
                {
                    if (i > 0) sb.Append(" OR ");
                    Write(sb, o.Children[i]);
                }
                sb.Append(')');
                break;
            case QueryNode.And a:
                var positives = a.Children.Where(c => c is not QueryNode.Not).ToList();
                sb.Append("((");
                for (var i = 0; i < positives.Count; i++)
                {
                    if (i > 0) sb.Append(" AND ");
                    Write(sb, positives[i]);
                }
                sb.Append(')');
                foreach (var n in a.Children.OfType<QueryNode.Not>())
                {
                    sb.Append(" NOT ");
                    Write(sb, n.Child);
                }
                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException($"{node.GetType().Name} cannot be translated to FTS5 here; run Check first.");
        }
    }

    private static void Quote(StringBuilder sb, string text)
    {
        sb.Append('"');
        sb.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        sb.Append('"');
    }
}
