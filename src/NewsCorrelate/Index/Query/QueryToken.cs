namespace NewsCorrelate.Index.Query;

/// <summary>A lexical token of the query language. <see cref="Text"/> is the word, phrase content or field value;
/// <see cref="FieldName"/> is set for fields.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Column, string? FieldName = null, bool Prefix = false);
