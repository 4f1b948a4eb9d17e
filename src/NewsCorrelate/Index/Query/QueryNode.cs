namespace NewsCorrelate.Index.Query;

/// <summary>The syntax tree of a search query. <see cref="Column"/> is where the node starts (1-based), for messages.</summary>
public abstract record QueryNode(int Column)
{
    /// <summary>A single word; <paramref name="Prefix"/> when written <c>word*</c>.</summary>
    public sealed record Term(string Text, bool Prefix, int Column) : QueryNode(Column);

    /// <summary>Words that must appear together in this order (<c>"export licences"</c>).</summary>
    public sealed record Phrase(string Text, int Column) : QueryNode(Column);

    /// <summary>A field filter such as <c>month:2025-11</c> (validated and lifted out of the tree by the parser).</summary>
    public sealed record Field(string Name, string Value, int Column) : QueryNode(Column);

    /// <summary>All children must match (written side by side or with AND).</summary>
    public sealed record And(IReadOnlyList<QueryNode> Children, int Column) : QueryNode(Column);

    /// <summary>At least one child must match.</summary>
    public sealed record Or(IReadOnlyList<QueryNode> Children, int Column) : QueryNode(Column);

    /// <summary>The child must not match (<c>NOT x</c> or <c>-x</c>).</summary>
    public sealed record Not(QueryNode Child, int Column) : QueryNode(Column);
}
