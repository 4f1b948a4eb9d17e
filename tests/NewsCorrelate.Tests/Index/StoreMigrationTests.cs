using Microsoft.Data.Sqlite;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class StoreMigrationTests
{
    [Fact]
    public void A_version_1_file_is_migrated_on_open_and_keeps_its_articles()
    {
        using var temp = new TempFolder();
        var path = temp.File("old.db");
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"alpha{i % 31} beta{i}"));
        using (var old = ArticleStore.Open(path, null, schemaVersion: 1)) Assert.Equal(1, old.SchemaVersion);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO articles(id, url, canonical_url, source, title, published, precision, month, text, content_hash, origin, added_at, updated_at)
                VALUES ('old-1', NULL, NULL, 'wire', 'Rare earth licences', '2025-11-03', 0, $month, $text, 'h', 0, 'x', 'x');
                INSERT INTO articles_fts(rowid, title, text) VALUES (last_insert_rowid(), 'Rare earth licences', $text);
                """;
            cmd.Parameters.AddWithValue("$month", new Month(2025, 11).Ordinal);
            cmd.Parameters.AddWithValue("$text", text);
            cmd.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(path);

        Assert.Equal(2, store.SchemaVersion);
        Assert.Equal("Rare earth licences", store.Get(new ArticleId("old-1"))!.Title);
        Assert.Equal(1, store.Search(QueryParser.Parse("licence").GetValueOrThrow()).Total);
        Assert.Equal("old-1", store.FindNearDuplicate(SimHash.Of(text))!.Id.Value);
        store.ReplaceTags([(new ArticleId("old-1"), [new TagAssignment(Tag.Truce, 0.8, [], "m")])]);
        Assert.Single(store.GetTags(new ArticleId("old-1")));
    }

    [Fact]
    public void Reopening_a_current_file_changes_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.db");
        using (var s = ArticleStore.Open(path)) s.Upsert([SomeArticle.Numbered(1)]);
        using var again = ArticleStore.Open(path);
        Assert.Equal(1, again.Count);
        Assert.Equal(2, again.SchemaVersion);
    }

    [Fact]
    public void A_foreign_sqlite_file_is_refused_with_its_name()
    {
        using var temp = new TempFolder();
        var path = temp.File("foreign.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers(name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreFormatException>(() => ArticleStore.Open(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("another application", e.Message);
    }

    [Fact]
    public void A_newer_store_is_refused_with_a_clear_message()
    {
        using var temp = new TempFolder();
        var path = temp.File("newer.db");
        using (ArticleStore.Open(path)) { }
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreFormatException>(() => ArticleStore.Open(path));
        Assert.Contains("newer", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.db");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("this is a text file, not a database\n", 200)));
        var e = Assert.Throws<StoreFormatException>(() => ArticleStore.Open(path));
        Assert.Contains(path, e.Message);
    }
}
