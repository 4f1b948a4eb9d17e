namespace NewsCorrelate.Index.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Open,
    Close,
    And,
    Or,
    Not,
    Minus,
    End,
}
