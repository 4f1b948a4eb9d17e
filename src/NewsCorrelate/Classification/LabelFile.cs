using System.Globalization;
using CsvHelper;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Reads label files: CSV with the header <c>article_id,tags</c>, tags separated by ';', an empty cell meaning
/// "no tag". Bad rows (wrong column count, invalid id or tag name, an id given twice) are reported by line and
/// skipped; they never abort the file.</summary>
public static class LabelFile
{
    public static LabelFileResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static LabelFileResult Read(TextReader text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = new List<LabelRow>();
        var errors = new List<LineError>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',', HasHeader = true, TrackLineNumbers = true, TrimWhitespace = true }, true);
        var hasRecord = csv.Read();
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            errors.Add(new LineError(fileName, 1, "empty file; expected the header 'article_id,tags'."));
            return new LabelFileResult(fileName, rows, errors);
        }
        var idColumn = Array.FindIndex(header, h => h.Trim().Equals("article_id", StringComparison.OrdinalIgnoreCase));
        var tagsColumn = Array.FindIndex(header, h => h.Trim().Equals("tags", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0 || tagsColumn < 0)
        {
            errors.Add(new LineError(fileName, 1, $"the header is '{string.Join(",", header)}'; expected 'article_id,tags'."));
            return new LabelFileResult(fileName, rows, errors);
        }
        for (; hasRecord; hasRecord = csv.Read())
        {
            var line = (int)csv.LineNumber;
            var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (record.Length != header.Length)
            {
                errors.Add(new LineError(fileName, line, $"malformed row: {record.Length} field(s), expected {header.Length} ({string.Join(",", header)})."));
                continue;
            }
            var id = record[idColumn].Trim();
            if (!ArticleId.IsValid(id))
            {
                errors.Add(new LineError(fileName, line, $"'{id}' is not a valid article id."));
                continue;
            }
            var tags = new HashSet<Tag>();
            string? bad = null;
            foreach (var part in record[tagsColumn].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Tag.TryParse(part, out var tag)) tags.Add(tag);
                else { bad = part; break; }
            }
            if (bad is not null)
            {
                errors.Add(new LineError(fileName, line, $"'{bad}' is not a valid tag name (lower-case letters, digits and underscores; separate tags with ';')."));
                continue;
            }
            if (firstLine.TryGetValue(id, out var earlier))
            {
                errors.Add(new LineError(fileName, line, $"article '{id}' is already labelled on line {earlier}."));
                continue;
            }
            firstLine[id] = line;
            rows.Add(new LabelRow(new ArticleId(id), tags, line));
        }
        return new LabelFileResult(fileName, rows, errors);
    }
}
