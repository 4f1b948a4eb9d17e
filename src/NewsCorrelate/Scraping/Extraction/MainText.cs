using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>The main text of a page and the measures used to tell an article from a listing.</summary>
/// <param name="Paragraphs">Paragraphs in reading order.</param>
/// <param name="Chars">Non-space characters over all paragraphs.</param>
/// <param name="LongParagraphs">Paragraphs of 150 characters or more.</param>
/// <param name="TeaserLinks">Links inside the chosen content that read like a headline (four words or more) and make
/// up most of their block (a heading, list item or card), as on index pages.</param>
/// <param name="TeaserItems">Headline links followed by a summary paragraph, as on index pages.</param>
/// <param name="PageTeaserLinks">Headline links anywhere on the page outside the furniture (navigation, footers...).</param>
internal sealed record MainText(List<string> Paragraphs, int Chars, int LongParagraphs, int TeaserLinks, int TeaserItems, int PageTeaserLinks)
{
    /// <summary>Finds the main text under <paramref name="body"/>: first with furniture-named elements left out,
    /// and again without that when it leaves too little text.</summary>
    public static MainText Find(IElement body, string? title)
    {
        var first = Attempt(body, title, aggressive: true);
        if (first.Chars >= 500) return first;
        var second = Attempt(body, title, aggressive: false);
        return second.Chars > first.Chars * 1.5 ? second : first;
    }

    /// <summary>Main text from a plain-text body (JSON-LD articleBody): paragraphs split at line breaks.</summary>
    public static MainText FromPlain(string text)
    {
        var paragraphs = text.Split('\n').Select(Text.Squash).Where(p => p.Length > 0).ToList();
        return Measure(paragraphs, 0, 0, 0);
    }

    private static MainText Attempt(IElement body, string? title, bool aggressive)
    {
        var removed = Pruner.Find(body, aggressive);
        var stats = NodeStats.Of(body, removed);
        var chosen = ContentScorer.Choose(body, stats);
        var pageTeasers = CountTeaserLinks(body, stats);
        if (chosen.Count == 0) return new MainText([], 0, 0, 0, 0, pageTeasers);
        var writer = ParagraphWriter.Write(chosen, stats, title);
        return Measure(writer.Paragraphs, chosen.Sum(e => CountTeaserLinks(e, stats)), writer.TeaserItems, pageTeasers);
    }

    private static MainText Measure(List<string> paragraphs, int teaserLinks, int teaserItems, int pageTeaserLinks)
    {
        int chars = 0, longParagraphs = 0;
        foreach (var p in paragraphs)
        {
            var c = 0;
            foreach (var ch in p) if (!Text.IsSpace(ch)) c++;
            chars += c;
            if (p.Length >= 150) longParagraphs++;
        }
        return new MainText(paragraphs, chars, longParagraphs, teaserLinks, teaserItems, pageTeaserLinks);
    }

    private static int CountTeaserLinks(IElement root, NodeStats stats)
    {
        var count = 0;
        foreach (var a in root.GetElementsByTagName("a"))
        {
            var chars = stats[a].Chars;
            if (chars < 20 || Text.Squash(a.TextContent).Split(' ').Length < 4) continue;
            // A headline link is its whole block (a heading, list item, card), not a link inside running text.
            var block = a.ParentElement;
            while (block is not null && block.LocalName is "span" or "strong" or "em" or "b" or "i" or "font") block = block.ParentElement;
            if (block is null || chars >= 0.6 * stats[block].Chars) count++;
        }
        return count;
    }
}
