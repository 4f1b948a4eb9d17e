using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Reads series definitions (<c>name,description,unit,aliases</c>; aliases separated by ';').</summary>
public static class SeriesCsvReader
{
    public static (IReadOnlyList<SeriesDefinition> Series, IReadOnlyList<LineError> Errors) Read(TextReader reader, string fileName)
    {
        var series = new List<SeriesDefinition>();
        var errors = new List<LineError>();
        var (columns, rows) = CsvRows.Read(reader);
        if (!columns.ContainsKey("name"))
            return (series, [new LineError(fileName, 1, "header lacks 'name'; expected name,description,unit,aliases")]);
        foreach (var row in rows)
        {
            if (row["name"].Length == 0)
            {
                errors.Add(new LineError(fileName, row.Line, "name is empty"));
                continue;
            }
            var aliases = row["aliases"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            series.Add(new SeriesDefinition(row["name"], row["description"], row["unit"], aliases));
        }
        return (series, errors);
    }

    public static (IReadOnlyList<SeriesDefinition> Series, IReadOnlyList<LineError> Errors) ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }
}
