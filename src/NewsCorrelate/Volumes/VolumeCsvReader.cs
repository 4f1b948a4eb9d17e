using System.Globalization;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>Reads monthly volume series from CSV (CsvHelper). Two layouts, told apart by the header:
/// the reported layout <c>month,series,tonnes,yoy_pct,mom_pct,source_url</c>, and the plain layout
/// <c>month,series,value[,unit][,source]</c>. Column order is free; names are case-insensitive.
/// Every row is validated; a bad row becomes a <see cref="LineError"/> and never stops the rest.
/// Pure apart from reading the given reader; thread-safe.</summary>
public static class VolumeCsvReader
{
    public static VolumeCsvResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var points = new List<VolumePoint>();
        var errors = new List<LineError>();
        var (columns, rows) = CsvRows.Read(reader);
        string? Col(params string[] names) => names.FirstOrDefault(columns.ContainsKey);
        var month = Col("month");
        var series = Col("series");
        var value = Col("tonnes", "value");
        var yoy = Col("yoy_pct", "yoy");
        var mom = Col("mom_pct", "mom");
        var unit = Col("unit");
        var source = Col("source_url", "source");
        if (columns.Count == 0)
        {
            errors.Add(new LineError(fileName, 1, "empty file: expected a header such as month,series,tonnes,yoy_pct,mom_pct,source_url"));
            return new VolumeCsvResult(points, errors);
        }
        var missing = new[] { ("month", month), ("series", series), ("tonnes or value", value) }.Where(c => c.Item2 is null).Select(c => c.Item1).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new LineError(fileName, 1, $"header lacks {string.Join(", ", missing)}; expected month,series,tonnes,yoy_pct,mom_pct,source_url or month,series,value[,unit][,source]"));
            return new VolumeCsvResult(points, errors);
        }
        var seen = new Dictionary<(string, Month), (double? Value, int Line)>();
        foreach (var r in rows)
        {
            var line = r.Line;
            string Field(string? column) => column is null ? "" : r[column];
            var row = ParseRow(Field(month), Field(series), Field(value), Field(yoy), Field(mom), Field(unit), Field(source));
            if (row.Error is { } reason)
            {
                errors.Add(new LineError(fileName, line, reason));
                continue;
            }
            var point = row.Point!;
            var key = (point.Series, point.Month);
            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier.Value != point.Value)
                    errors.Add(new LineError(fileName, line, $"{point.Series} {point.Month} appears again with a different value ({Show(point.Value)} here, {Show(earlier.Value)} on line {earlier.Line})"));
                continue;
            }
            seen[key] = (point.Value, line);
            points.Add(point);
        }
        return new VolumeCsvResult(points, errors);
    }

    /// <summary>Reads a file (see <see cref="Read(TextReader, string)"/>). A missing file is a bad call.</summary>
    public static VolumeCsvResult ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    private static (VolumePoint? Point, string? Error) ParseRow(string month, string series, string value, string yoy, string mom, string unit, string source)
    {
        if (!Month.TryParse(month, out var m))
            return (null, month.Length == 0 ? "month is empty" : $"'{month}' is not a month; expected YYYY-MM");
        if (series.Length == 0)
            return (null, "series is empty");
        if (series.Any(char.IsWhiteSpace))
            return (null, $"series '{series}' contains spaces");
        if (!TryNumber(value, "value", out var v, out var error) || !TryNumber(yoy, "yoy_pct", out var y, out error) || !TryNumber(mom, "mom_pct", out var p, out error))
            return (null, error);
        if (v is < 0)
            return (null, $"value {value} is negative");
        if (y is <= -100 || p is <= -100)
            return (null, "a percentage change cannot be -100% or lower");
        if (v is null && y is null && p is null)
            return (null, "row has neither a value nor a percentage change");
        return (new VolumePoint(series, m, v, y, p, unit.Length == 0 ? "t" : unit, source), null);
    }

    private static bool TryNumber(string text, string column, out double? number, out string? error)
    {
        number = null;
        error = null;
        if (text.Length == 0) return true;
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%');
        if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
        {
            number = n;
            return true;
        }
        error = $"{column} '{text}' is not a number";
        return false;
    }

    private static string Show(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "none";
}
