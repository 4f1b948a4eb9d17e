using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Text measures of every element under a root, computed in one pass: visible characters (whitespace
/// excluded), characters inside links, commas, and the characters of text directly inside the element.</summary>
internal sealed class NodeStats
{
    private readonly Dictionary<IElement, Stat> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _removed;

    private NodeStats(HashSet<IElement> removed) => _removed = removed;

    public readonly record struct Stat(int Chars, int LinkChars, int Commas, int OwnChars, int OwnCommas)
    {
        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }

    /// <summary>Measures <paramref name="root"/> as if the <paramref name="removed"/> elements were not there.</summary>
    public static NodeStats Of(IElement root, HashSet<IElement> removed)
    {
        var stats = new NodeStats(removed);
        stats.Measure(root, false);
        return stats;
    }

    public Stat this[IElement e] => _stats.TryGetValue(e, out var s) ? s : default;

    /// <summary>True for an element left out by the pruner (its descendants are left out with it).</summary>
    public bool IsRemoved(IElement e) => _removed.Contains(e);

    private Stat Measure(IElement e, bool inLink)
    {
        var isLink = inLink || e.LocalName == "a";
        int chars = 0, link = 0, commas = 0, own = 0, ownCommas = 0;
        for (var n = e.FirstChild; n is not null; n = n.NextSibling)
        {
            if (n is IElement child)
            {
                if (_removed.Contains(child)) continue;
                var s = Measure(child, isLink);
                chars += s.Chars;
                link += s.LinkChars;
                commas += s.Commas;
            }
            else if (n.NodeType == NodeType.Text)
            {
                var text = n.TextContent;
                int c = 0, k = 0;
                foreach (var ch in text)
                {
                    if (Text.IsSpace(ch)) continue;
                    c++;
                    if (ch is ',' or '，' or '、') k++;
                }
                own += c;
                ownCommas += k;
            }
        }
        chars += own;
        commas += ownCommas;
        if (isLink) link = chars;
        var stat = new Stat(chars, link, commas, own, ownCommas);
        _stats[e] = stat;
        return stat;
    }
}
