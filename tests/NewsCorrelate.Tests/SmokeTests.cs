using Microsoft.Data.Sqlite;
using Xunit;

namespace NewsCorrelate.Tests;

public class SmokeTests
{
    [Fact]
    public void Sqlite_has_fts5_with_porter_stemming()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61'); INSERT INTO t VALUES('exports tightened sharply'); SELECT count(*) FROM t WHERE t MATCH 'tighten'; ";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "select sqlite_version()";
        Assert.StartsWith("3.", (string)cmd.ExecuteScalar()!);
    }
}
