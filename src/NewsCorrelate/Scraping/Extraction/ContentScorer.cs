using AngleSharp.Dom;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Finds the element that holds the main text by scoring text blocks (length, commas) into their
/// ancestors, weighting by tag and class/id hints and penalising link-heavy containers; then adds siblings
/// that continue the same text. Readability's idea, in our own terms.</summary>
internal static class ContentScorer
{
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal) { "p", "pre", "td", "blockquote", "dd" };
    private static readonly HashSet<string> TextContainerTags = new(StringComparer.Ordinal) { "div", "section", "article", "main", "span", "font", "li" };

    /// <summary>The chosen elements in document order (the top candidate, possibly with some of its siblings),
    /// or an empty list when the page has no scorable text.</summary>
    public static List<IElement> Choose(IElement body, NodeStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        ScoreBlocks(body, stats, scores);
        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var score = raw * (1 - stats[element].LinkDensity);
            if (score > topScore)
            {
                topScore = score;
                top = element;
            }
        }
        if (top is null) return [];
        top = ClimbWhileParentHoldsMore(top, stats, scores, topScore);
        var peers = Peers(top, stats);
        return peers.Count > 1 ? peers : WithSiblings(top, stats, scores);
    }

    private static void ScoreBlocks(IElement root, NodeStats stats, Dictionary<IElement, double> scores)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            for (var c = e.LastElementChild; c is not null; c = c.PreviousElementSibling)
                if (!stats.IsRemoved(c)) stack.Push(c);
            var tag = e.LocalName;
            var s = stats[e];
            int chars, commas;
            if (ParagraphTags.Contains(tag))
            {
                chars = s.Chars;
                commas = s.Commas;
            }
            else if (TextContainerTags.Contains(tag) && s.OwnChars >= 25)
            {
                chars = s.OwnChars;
                commas = s.OwnCommas;
            }
            else continue;
            if (chars < 25) continue;
            var linkDensity = s.LinkDensity;
            if (linkDensity > 0.5) continue;
            var score = 1 + commas + Math.Min(chars / 100.0, 3);
            // Own-text containers score themselves, so text straight inside a div is found too.
            var level = 0;
            var target = ParagraphTags.Contains(tag) ? e.ParentElement : e;
            while (target is not null && level < 4)
            {
                if (!scores.ContainsKey(target)) scores[target] = Initial(target);
                scores[target] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
                if (target == root) break;
                target = target.ParentElement;
                level++;
            }
        }
    }

    private static double Initial(IElement e)
    {
        var baseScore = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (e.LocalName == "article" || e.GetAttribute("itemprop") is "articleBody" or "articlebody") baseScore += 10;
        return baseScore + Hints.Weight(e);
    }

    /// <summary>When the text is split over several sibling containers, the parent that holds them all scores
    /// nearly as well as the best one: take the parent then.</summary>
    private static IElement ClimbWhileParentHoldsMore(IElement top, NodeStats stats, Dictionary<IElement, double> scores, double topScore)
    {
        var current = top;
        var threshold = topScore / 3;
        for (var parent = current.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var raw)) break;
            var parentScore = raw * (1 - stats[parent].LinkDensity);
            if (parentScore < threshold) break;
            if (parentScore > topScore * 0.9)
            {
                current = parent;
                topScore = Math.Max(topScore, parentScore);
            }
        }
        return current;
    }

    /// <summary>Text split into several containers of the same kind (one per chunk between ads, or one per
    /// paragraph "card"): the top candidate and the elements with its tag and class under a near ancestor,
    /// in document order. Fewer than two means there are none.</summary>
    private static List<IElement> Peers(IElement top, NodeStats stats)
    {
        var cls = top.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls)) return [];
        var best = new List<IElement>();
        var ancestor = top.ParentElement;
        for (var level = 0; level < 6 && ancestor is not null && ancestor.LocalName != "body"; level++, ancestor = ancestor.ParentElement)
        {
            var found = new List<IElement>();
            CollectPeers(ancestor, top.LocalName, cls, stats, found);
            if (found.Count > best.Count && found.Contains(top)) best = found;
        }
        return best;
    }

    private static void CollectPeers(IElement e, string tag, string cls, NodeStats stats, List<IElement> found)
    {
        for (var c = e.FirstElementChild; c is not null; c = c.NextElementSibling)
        {
            if (stats.IsRemoved(c)) continue;
            if (c.LocalName == tag && c.GetAttribute("class") == cls)
            {
                var s = stats[c];
                if (s.Chars >= 50 && s.LinkDensity < 0.35) found.Add(c);
                continue;
            }
            CollectPeers(c, tag, cls, stats, found);
        }
    }

    private static List<IElement> WithSiblings(IElement top, NodeStats stats, Dictionary<IElement, double> scores)
    {
        var parent = top.ParentElement;
        if (parent is null || parent.LocalName == "html") return [top];
        var topScore = scores.TryGetValue(top, out var ts) ? ts * (1 - stats[top].LinkDensity) : 0;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (stats.IsRemoved(sibling)) continue;
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }
            var s = stats[sibling];
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var raw) && raw * (1 - s.LinkDensity) + bonus >= threshold)
                chosen.Add(sibling);
            else if (sibling.LocalName == "p" && s.Chars > 80 && s.LinkDensity < 0.25)
                chosen.Add(sibling);
            else if (sibling.LocalName == "p" && s.Chars > 0 && s.LinkDensity == 0 && sibling.TextContent.TrimEnd().EndsWith('.'))
                chosen.Add(sibling);
        }
        return chosen;
    }
}
