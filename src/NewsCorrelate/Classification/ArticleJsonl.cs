using System.Text.Json;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Streams articles from JSON Lines (the <c>import</c> format: one object per line with <c>id</c>,
/// <c>title</c>, <c>text</c>, <c>published</c>, <c>url</c>, ...; other fields are ignored). A line without an id gets the
/// id <c>import</c> would give it (from its URL, else its content hash). Bad lines come back as errors, one per line;
/// blank lines are skipped. Memory stays flat: one line at a time.</summary>
public static class ArticleJsonl
{
    public static IEnumerable<JsonlRecord> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, fileName, lineNumber);
        }
    }

    public static JsonlRecord Parse(string line, string fileName, int lineNumber)
    {
        JsonlRecord Fail(string why) => new(fileName, lineNumber, null, null, why);
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail("expected a JSON object.");
            string? Str(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var title = Str("title") ?? "";
            var text = Str("text") ?? "";
            if (text.Trim().Length == 0 && title.Trim().Length == 0) return Fail("no \"text\" (and no \"title\"): nothing to classify.");
            var id = Str("id");
            if (id is not null && !ArticleId.IsValid(id)) return Fail($"\"id\" '{id}' is not a valid article id (1-200 characters, no spaces).");
            id ??= Str("url") is { Length: > 0 } url ? ArticleId.FromUrl(url).Value : ArticleId.FromContentHash(Article.ComputeContentHash(title, text)).Value;
            DateOnly? published = null;
            if (Str("published") is { } p)
            {
                if (!PublishedDate.TryParse(p, out var date)) return Fail($"\"published\" '{p}' is not a date (YYYY-MM-DD or YYYY-MM).");
                published = date.Date;
            }
            return new JsonlRecord(fileName, lineNumber, new ClassifierInput(id, title, text), published, null);
        }
        catch (JsonException e)
        {
            return Fail($"not valid JSON ({e.Message}).");
        }
    }
}
