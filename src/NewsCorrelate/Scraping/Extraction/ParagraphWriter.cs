using System.Text;
using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Turns the chosen content elements into paragraphs: block elements break paragraphs, inline text
/// joins; link lists, furniture blocks and boilerplate lines inside the content are left out.</summary>
internal sealed class ParagraphWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "address", "hr", "center",
        "fieldset", "details", "summary", "caption", "hgroup", "br",
    };

    private readonly NodeStats _stats;
    private readonly string _titleKey;
    private readonly int _totalChars;
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private int _currentLinkChars;
    private int _currentChars;
    private bool _afterHeadlineLink;

    /// <summary>Headline links (a link that is its whole block) followed by a paragraph of running text: the
    /// "headline, summary" items of an index page.</summary>
    public int TeaserItems { get; private set; }

    private ParagraphWriter(NodeStats stats, string? title, int totalChars)
    {
        _stats = stats;
        _titleKey = Text.Key(title);
        _totalChars = totalChars;
    }

    public static ParagraphWriter Write(IReadOnlyList<IElement> chosen, NodeStats stats, string? title)
    {
        var total = chosen.Sum(e => stats[e].Chars);
        var writer = new ParagraphWriter(stats, title, total);
        foreach (var e in chosen)
        {
            writer.Flush();
            if (e.LocalName is "p" or "pre" or "blockquote" || !writer.Drop(e, isRoot: true)) writer.Walk(e, false);
            writer.Flush();
        }
        return writer;
    }

    public List<string> Paragraphs => _paragraphs;

    private void Walk(IElement e, bool inLink)
    {
        for (var n = e.FirstChild; n is not null; n = n.NextSibling)
        {
            if (n is IElement child)
            {
                if (_stats.IsRemoved(child)) continue;
                var tag = child.LocalName;
                var link = inLink || tag == "a";
                if (BlockTags.Contains(tag))
                {
                    Flush();
                    if (tag is "br" or "hr" or "h1" || Drop(child, isRoot: false)) continue;
                    Walk(child, link);
                    Flush();
                }
                else if (!Drop(child, isRoot: false)) Walk(child, link);
            }
            else if (n.NodeType == NodeType.Text)
            {
                var text = n.TextContent;
                _current.Append(text);
                var chars = 0;
                foreach (var c in text) if (!Text.IsSpace(c)) chars++;
                _currentChars += chars;
                if (inLink) _currentLinkChars += chars;
            }
        }
    }

    /// <summary>A short line carrying a date that is not a sentence: "Published 17 November 2025, updated ...",
    /// "Veröffentlicht am 4. März 2025, 09:12 Uhr". The date must come early: "— Jane (@jane) November 18, 2019" closes a
    /// quoted post and stays.</summary>
    private static bool IsDateline(string text) =>
        text.Length < 80 && text[^1] is not ('.' or '!' or '?' or '"' or '”') && DateText.FromProse(text[..Math.Min(text.Length, 40)]) is not null;

    /// <summary>Furniture inside the content: link lists, share bars, related stories, comments, captions.</summary>
    private bool Drop(IElement e, bool isRoot)
    {
        var s = _stats[e];
        if (s.Chars == 0) return !isRoot;
        var classAndId = Hints.ClassAndId(e);
        var tag = e.LocalName;
        var content = Hints.IsLikelyContent(classAndId);
        if (!isRoot && !content && Hints.IsNegative(classAndId) && s.Chars < Math.Max(200, _totalChars * 0.3)) return true;
        if (!isRoot && !content && Hints.IsFurniture(classAndId) && s.Chars < _totalChars * 0.5) return true;
        if (tag is "ul" or "ol" or "dl" && s.LinkDensity > 0.5) return true;
        if (tag is "div" or "section" or "table" or "figure" && s.LinkDensity > (content ? 0.8 : 0.6) && s.Chars < 2000) return true;
        return false;
    }

    private void Flush()
    {
        if (_currentChars == 0)
        {
            _current.Clear();
            return;
        }
        var text = Text.Squash(_current.ToString());
        var linkDensity = (double)_currentLinkChars / _currentChars;
        _current.Clear();
        _currentChars = 0;
        _currentLinkChars = 0;
        if (text.Length == 0) return;
        if (linkDensity > 0.8 && text.Length < 200)
        {
            _afterHeadlineLink = text.Split(' ').Length >= 4;
            return;
        }
        if (Boilerplate.IsLine(text) || IsDateline(text)) return;
        if (_titleKey.Length > 0 && Text.Key(text) == _titleKey) return;
        if (text.Length >= 60)
        {
            if (_afterHeadlineLink) TeaserItems++;
            _afterHeadlineLink = false;
        }
        _paragraphs.Add(text);
    }
}
