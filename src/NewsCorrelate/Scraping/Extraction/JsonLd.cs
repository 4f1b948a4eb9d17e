using System.Text.Json;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>What a page's JSON-LD blocks say about it: the first article-typed object's fields, and the
/// types present. Malformed blocks are skipped.</summary>
internal sealed class JsonLd
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "TechArticle", "Report", "ScholarlyArticle", "SocialMediaPosting", "SatiricalArticle", "PressRelease",
    };

    private static readonly HashSet<string> ListingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage",
    };

    public static readonly JsonLd Empty = new();

    public bool HasArticle { get; private set; }
    public bool HasListing { get; private set; }
    public string? Headline { get; private set; }
    public string? DatePublished { get; private set; }
    public string? Author { get; private set; }
    public string? ArticleBody { get; private set; }
    public string? PublisherName { get; private set; }
    public string? WebSiteName { get; private set; }
    public string? Language { get; private set; }
    public string? Url { get; private set; }

    /// <summary>The work a syndicated article says it reproduces (<c>isBasedOn</c> / <c>isBasedOnUrl</c>): a URL, or
    /// an object's <c>url</c> or <c>@id</c>.</summary>
    public string? IsBasedOn { get; private set; }

    /// <summary>Date of a non-article object (WebPage), used only when no article object has one.</summary>
    public string? PageDatePublished { get; private set; }

    public static JsonLd Read(IEnumerable<string> blocks)
    {
        var result = new JsonLd();
        foreach (var block in blocks)
        {
            if (string.IsNullOrWhiteSpace(block)) continue;
            // Raw line breaks inside strings are common and invalid JSON; outside strings they are just space.
            var text = block.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ').Trim();
            if (text.StartsWith("<!--", StringComparison.Ordinal)) text = text[4..];
            if (text.EndsWith("-->", StringComparison.Ordinal)) text = text[..^3];
            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 });
                result.Visit(doc.RootElement, 0);
            }
            catch (JsonException)
            {
                // A malformed block says nothing we can trust.
            }
        }
        return result;
    }

    private void Visit(JsonElement e, int depth)
    {
        if (depth > 8) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Visit(item, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        var types = TypesOf(e);
        if (types.Any(ArticleTypes.Contains)) TakeArticle(e);
        else if (types.Any(ListingTypes.Contains)) HasListing = true;
        if (types.Any(t => t.Equals("WebSite", StringComparison.OrdinalIgnoreCase)))
            WebSiteName ??= StringOf(e, "name");
        if (types.Any(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase)))
            PageDatePublished ??= StringOf(e, "datePublished");
        if (e.TryGetProperty("@graph", out var graph)) Visit(graph, depth + 1);
        if (e.TryGetProperty("mainEntity", out var main)) Visit(main, depth + 1);
        if (e.TryGetProperty("mainEntityOfPage", out var mainOf) && mainOf.ValueKind == JsonValueKind.Object) Visit(mainOf, depth + 1);
    }

    private void TakeArticle(JsonElement e)
    {
        if (HasArticle && ArticleBody is not null) return;
        HasArticle = true;
        Headline ??= StringOf(e, "headline") ?? StringOf(e, "name");
        DatePublished ??= StringOf(e, "datePublished") ?? StringOf(e, "dateCreated");
        ArticleBody ??= StringOf(e, "articleBody") ?? StringOf(e, "text");
        Language ??= StringOf(e, "inLanguage");
        Url ??= StringOf(e, "url");
        IsBasedOn ??= UrlOf(e, "isBasedOn") ?? UrlOf(e, "isBasedOnUrl");
        if (Author is null && e.TryGetProperty("author", out var author)) Author = Names(author);
        if (PublisherName is null && e.TryGetProperty("publisher", out var publisher)) PublisherName = Names(publisher);
    }

    private static string? Names(JsonElement e)
    {
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s) names.Add(s.Trim());
            else if (x.ValueKind == JsonValueKind.Object && StringOf(x, "name") is { } n) names.Add(n);
            else if (x.ValueKind == JsonValueKind.Array)
                foreach (var item in x.EnumerateArray()) Add(item);
        }
        Add(e);
        var distinct = names.Where(n => n.Length is > 0 and < 120 && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    private static string? UrlOf(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        return v.ValueKind == JsonValueKind.Object ? StringOf(v, "url") ?? StringOf(v, "@id") : StringOf(e, name);
    }

    private static string? StringOf(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@value", out var inner)) v = inner;
        return v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
    }

    private static List<string> TypesOf(JsonElement e)
    {
        var list = new List<string>();
        if (!e.TryGetProperty("@type", out var t)) return list;
        if (t.ValueKind == JsonValueKind.String) list.Add(StripVocab(t.GetString()!));
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) list.Add(StripVocab(x.GetString()!));
        return list;
    }

    private static string StripVocab(string type)
    {
        var slash = type.LastIndexOf('/');
        return slash >= 0 ? type[(slash + 1)..] : type;
    }
}
