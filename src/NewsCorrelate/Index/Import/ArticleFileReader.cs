using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Import;

/// <summary>Reads articles from JSON Lines files (one object per line: <c>id</c>, <c>url</c>, <c>source</c>,
/// <c>title</c>, <c>published</c>, <c>text</c>; other fields ignored), plain <c>.txt</c> files (title = first non-empty
/// line) and folders of them. Every bad record becomes a rejection naming file:line and the reason; reading goes on.
/// Files are streamed line by line, so size is not limited by memory.</summary>
public static partial class ArticleFileReader
{
    public static readonly IReadOnlyList<string> Extensions = [".jsonl", ".json", ".txt"];

    /// <summary>Expands folders (recursively, sorted, only <see cref="Extensions"/>) and reads every file in order.
    /// A path that does not exist or has another extension is one rejection.</summary>
    public static IEnumerable<ImportItem> ReadPaths(IEnumerable<string> paths, TextImportOptions textOptions, ArticleOrigin origin = ArticleOrigin.Imported)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var item in ReadFile(file, textOptions, origin))
                        yield return item;
            }
            else if (File.Exists(path))
            {
                if (!Extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant()))
                    yield return ImportItem.Rejected(path, $"unsupported file type; expected {string.Join(", ", Extensions)}");
                else
                    foreach (var item in ReadFile(path, textOptions, origin))
                        yield return item;
            }
            else
            {
                yield return ImportItem.Rejected(path, "no such file or folder");
            }
        }
    }

    public static IEnumerable<ImportItem> ReadFile(string path, TextImportOptions textOptions, ArticleOrigin origin = ArticleOrigin.Imported) =>
        System.IO.Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? [ReadText(path, textOptions, origin)]
            : ReadJsonLines(path, origin);

    public static IEnumerable<ImportItem> ReadJsonLines(string path, ArticleOrigin origin = ArticleOrigin.Imported)
    {
        using var reader = new StreamReader(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseJsonLine(line, $"{path}:{number}", origin);
        }
    }

    /// <summary>One JSON object into an article or a rejection at <paramref name="location"/>.</summary>
    public static ImportItem ParseJsonLine(string line, string location, ArticleOrigin origin = ArticleOrigin.Imported)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { return ImportItem.Rejected(location, "not valid JSON: " + e.Message); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ImportItem.Rejected(location, "expected a JSON object with title, text and published");
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in (string[])["id", "url", "source", "title", "published", "text"])
            {
                if (!doc.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                    fields[name] = null;
                else if (value.ValueKind == JsonValueKind.String)
                    fields[name] = value.GetString();
                else
                    return ImportItem.Rejected(location, $"'{name}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
            }
            return Build(location, fields["id"], fields["url"], fields["source"], fields["title"], fields["published"], fields["text"], origin);
        }
    }

    /// <summary>A plain-text article: the first non-empty line is the title (shortened when it is a whole paragraph,
    /// which then stays in the text), the rest is the text.</summary>
    public static ImportItem ReadText(string path, TextImportOptions options, ArticleOrigin origin = ArticleOrigin.Imported)
    {
        ArgumentNullException.ThrowIfNull(options);
        string content;
        try { content = File.ReadAllText(path); }
        catch (IOException e) { return ImportItem.Rejected(path, "cannot read: " + e.Message); }
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first < 0) return ImportItem.Rejected(path, "the file is empty");
        var titleLine = lines[first].Trim();
        var rest = string.Join('\n', lines[(first + 1)..]).Trim();
        string title, text;
        if (titleLine.Length > TitleMax)
        {
            var cut = titleLine.LastIndexOf(' ', TitleMax);
            title = titleLine[..(cut > 40 ? cut : TitleMax)] + " …";
            text = (titleLine + "\n\n" + rest).Trim();
        }
        else
        {
            title = titleLine;
            text = rest;
        }
        string? published = options.Published?.ToString();
        if (published is null)
        {
            var m = DateInName().Match(System.IO.Path.GetFileName(path));
            if (!m.Success || !PublishedDate.TryParse(m.Value, out _))
                return ImportItem.Rejected(path, "no published date: give --published YYYY-MM-DD (or YYYY-MM), or put the date in the file name");
            published = m.Value;
        }
        return Build(path, null, null, options.Source ?? "file", title, published, text, origin);
    }

    private const int TitleMax = 200;

    private static ImportItem Build(string location, string? id, string? url, string? source, string? title, string? published, string? text, ArticleOrigin origin)
    {
        if (string.IsNullOrWhiteSpace(title)) return ImportItem.Rejected(location, "missing 'title'");
        if (string.IsNullOrWhiteSpace(text)) return ImportItem.Rejected(location, "missing 'text'");
        if (string.IsNullOrWhiteSpace(published)) return ImportItem.Rejected(location, "missing 'published' (YYYY-MM-DD or YYYY-MM)");
        if (!PublishedDate.TryParse(published, out var date))
            return ImportItem.Rejected(location, $"'published' is not a date: '{published}'; expected YYYY-MM-DD or YYYY-MM");
        string? canonical = null;
        if (!string.IsNullOrWhiteSpace(url))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ImportItem.Rejected(location, $"'url' is not an absolute http(s) URL: '{url}'");
            url = url.Trim();
            canonical = uri.GetLeftPart(UriPartial.Query);
        }
        else url = null;
        if (id is not null && !ArticleId.IsValid(id))
            return ImportItem.Rejected(location, $"'id' is not a valid article id: '{id}' (1-{ArticleId.MaxLength} characters, no spaces)");
        var cleanTitle = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var cleanText = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var cleanSource = !string.IsNullOrWhiteSpace(source) ? source.Trim() : canonical is not null ? new Uri(canonical).Host : "unknown";
        var articleId = id is not null ? new ArticleId(id)
            : canonical is not null ? ArticleId.FromUrl(canonical)
            : ArticleId.FromContentHash(Article.ComputeContentHash(cleanTitle, cleanText));
        return ImportItem.Ok(location, new Article(articleId, url, canonical, cleanSource, cleanTitle, date, cleanText, origin));
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}(-\d{2})?(?!\d)")]
    private static partial Regex DateInName();
}
