using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsCorrelate.Index.Query;

namespace NewsCorrelate.Bench;

/// <summary>Where a full-text search spends its time (store benchmark with <c>NC_BENCH_PROFILE=1</c>): the bare
/// FTS5 match, the match with BM25 for every row (what the search's single pass runs; bm25 evaluates the match once
/// more for the document frequency), next to the whole search measured by the benchmark.</summary>
internal static class StoreSearchProfile
{
    public static void Print(string path, string label, IEnumerable<string> queries)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var matches = queries.Select(q => QueryParser.Parse(q).GetValueOrThrow().Text).OfType<QueryNode>().Select(FtsTranslator.ToMatch).ToList();
        Time(connection, $"{label}: match only (count)", "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH $m", matches);
        Time(connection, $"{label}: match + bm25 of every row", "SELECT articles_fts.rowid, bm25(articles_fts, 4.0, 1.0) FROM articles_fts WHERE articles_fts MATCH $m", matches);
    }

    private static void Time(SqliteConnection connection, string label, string sql, List<string> matches)
    {
        var times = new List<double>();
        foreach (var m in matches)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("$m", m);
            var sw = Stopwatch.StartNew();
            using (var r = cmd.ExecuteReader()) while (r.Read()) { }
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"| profile {label} | wall p50 {times[times.Count / 2]:N2} ms, p95 {times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)]:N2} ms |");
    }
}
