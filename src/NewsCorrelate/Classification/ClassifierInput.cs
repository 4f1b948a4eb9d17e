using NewsCorrelate.Domain;
namespace NewsCorrelate.Classification;

/// <summary>An article as the classifier sees it: an id (kept in outputs), a headline and body text.</summary>
public sealed record ClassifierInput(string Id, string Title, string Text)
{
    public string Id { get; } = Id ?? throw new ArgumentNullException(nameof(Id));
    public string Title { get; } = Title ?? "";
    public string Text { get; } = Text ?? "";

    /// <summary>Headline and body as one text, the headline first on its own line.</summary>
    public string FullText => Title.Length == 0 ? Text : Title + "\n" + Text;

    /// <summary>The headline (when there is one) and the sentences of the text (<see cref="SentenceSplitter"/>).</summary>
    public IReadOnlyList<string> Sentences()
    {
        var list = new List<string>();
        if (Title.Trim().Length > 0) list.Add(Title.Trim());
        list.AddRange(SentenceSplitter.Split(Text));
        return list;
    }
}
