namespace NewsCorrelate.Index;

/// <summary>What <see cref="ArticleStore.Upsert"/> did with one article.</summary>
public enum UpsertOutcome
{
    /// <summary>New id: inserted.</summary>
    Added,

    /// <summary>Known id with different fields: replaced (full-text index updated).</summary>
    Updated,

    /// <summary>Known id, identical fields: nothing written.</summary>
    Unchanged,

    /// <summary>New id, but the same title and text are already stored under another id: nothing written
    /// (the caller may record the copy with <see cref="ArticleStore.AddSource"/>).</summary>
    Duplicate,
}
