using CsvHelper;

namespace NewsCorrelate.Volumes;

/// <summary>Reads a headed CSV file row by row with CsvHelper (quotes, embedded commas and line breaks),
/// keeping each row's starting line number for error messages. Header names are matched case-insensitively.</summary>
public static class CsvRows
{
    /// <summary>One data row.</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, int> Columns, string[] Fields)
    {
        /// <summary>The trimmed field under <paramref name="column"/>, or "" when the column or field is absent.</summary>
        public string this[string column] => Columns.TryGetValue(column, out var i) && i < Fields.Length ? Fields[i].Trim() : "";

        public bool Has(string column) => Columns.ContainsKey(column);
    }

    /// <summary>The header (lower-cased, trimmed) and the non-empty rows. Streams; the reader stays open.</summary>
    public static (IReadOnlyDictionary<string, int> Columns, IEnumerable<Row> Rows) Read(TextReader reader)
    {
        var csv = CsvReader.Create(reader, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        }, true);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headers = csv.Headers ?? [];
        for (var i = 0; i < headers.Count; i++)
            columns.TryAdd(headers[i].Trim(), i);
        return (columns, Rows(csv, columns));
    }

    private static IEnumerable<Row> Rows(CsvReader csv, IReadOnlyDictionary<string, int> columns)
    {
        using (csv)
        {
            while (csv.Read())
            {
                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                    fields[i] = csv.GetString(i) ?? "";
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                yield return new Row((int)csv.LineNumber, columns, fields);
            }
        }
    }
}
