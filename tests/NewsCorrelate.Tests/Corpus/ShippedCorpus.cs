using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NewsCorrelate.Tests.Fixtures;

namespace NewsCorrelate.Tests.Corpus;

/// <summary>The shipped corpus read straight from the files (no engine code), so its tests check the data,
/// not our parsers. Loaded once per test run.</summary>
internal sealed class ShippedCorpus
{
    public static readonly Lazy<ShippedCorpus> Instance = new(Load);

    public required IReadOnlyList<Brief> Briefs { get; init; }
    public required IReadOnlyList<(int Line, string Id, string Tags)> Labels { get; init; }

    internal sealed record Brief(string File, int Line, JsonElement Json)
    {
        public string? Field(string name) =>
            Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public string Id => Field("id") ?? "";
        public string Text => Field("text") ?? "";
        public DateOnly Published => DateOnly.ParseExact(Field("published")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        public int Words => Text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        public string Where => $"{Path.GetFileName(File)}:{Line}";
    }

    private static ShippedCorpus Load()
    {
        var briefs = new List<Brief>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Corpus, "articles"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            var n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                if (line.Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                briefs.Add(new Brief(file, n, doc.RootElement.Clone()));
            }
        }
        var labels = new List<(int, string, string)>();
        using (var csv = CsvReader.FromFile(Path.Combine(Repo.Corpus, "labels.csv"), new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, MissingField = CsvMissingFieldHandling.ReturnEmpty }, FileOptions.SequentialScan))
        {
            while (csv.Read())
                labels.Add(((int)csv.LineNumber, csv.GetString("article_id") ?? "", csv.GetString("tags") ?? ""));
        }
        return new ShippedCorpus { Briefs = briefs, Labels = labels };
    }
}
