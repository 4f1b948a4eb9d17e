namespace NewsCorrelate.Classification;

/// <summary>One line of an articles JSON Lines file: the article, or why the line could not be used.</summary>
public sealed record JsonlRecord(string File, int Line, ClassifierInput? Article, DateOnly? Published, string? Error)
{
    public bool Success => Article is not null;
}
