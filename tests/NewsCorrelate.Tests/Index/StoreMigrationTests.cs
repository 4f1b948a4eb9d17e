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
                INSERT INTO articles(n, id, url, canonical_url, source, title, published, precision, month, text, content_hash, origin, added_at, updated_at)
                VALUES ($month * 16777216, 'old-1', NULL, NULL, 'wire', 'Rare earth licences', '2025-11-03', 0, $month, $text, 'h', 0, 'x', 'x');
                INSERT INTO articles_fts(rowid, title, text) VALUES (last_insert_rowid(), 'Rare earth licences', $text);
                """;
            cmd.Parameters.AddWithValue("$month", new Month(2025, 11).Ordinal);
            cmd.Parameters.AddWithValue("$text", text);
            cmd.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(path);

        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.Equal("Rare earth licences", store.Get(new ArticleId("old-1"))!.Title);
        Assert.Equal(1, store.Search(QueryParser.Parse("licence").GetValueOrThrow()).Total);
        Assert.Equal("old-1", store.FindNearDuplicate(SimHash.Of(text))!.Id.Value);
        store.ReplaceTags([(new ArticleId("old-1"), [new TagAssignment(Tag.Truce, 0.8, [], "m")])]);
        Assert.Single(store.GetTags(new ArticleId("old-1")));
    }

    [Fact]
    public void A_version_3_file_is_migrated_to_merge_full_text_segments_in_sixteens_and_keeps_its_articles()
    {
        using var temp = new TempFolder();
        var path = temp.File("v3.db");
        using (var old = ArticleStore.Open(path, null, schemaVersion: 3))
        {
            old.Upsert(Enumerable.Range(0, 5).Select(i => SomeArticle.Numbered(i)));
            Assert.Equal(8, AutoMerge(path));
        }

        using var store = ArticleStore.Open(path);

        Assert.True(store.SchemaVersion >= 4);
        Assert.Equal(16, AutoMerge(path));
        Assert.Equal(5, store.Search(QueryParser.Parse("filler").GetValueOrThrow()).Total);
        store.Upsert([SomeArticle.Numbered(5)]);
        Assert.Equal(6, store.Search(QueryParser.Parse("filler").GetValueOrThrow()).Total);
        Assert.True(store.CheckIntegrity());
    }

    [Fact]
    public void A_version_4_file_is_migrated_so_its_tagged_articles_count_as_classified_and_the_others_not()
    {
        using var temp = new TempFolder();
        var path = temp.File("v4.db");
        using (var old = ArticleStore.Open(path, null, schemaVersion: 4))
        {
            old.Upsert(Enumerable.Range(0, 3).Select(i => SomeArticle.Numbered(i)));
            using var c = new SqliteConnection($"Data Source={path};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO tags(article_id, tag, probability, evidence, model_version, tagged_at) VALUES ('n-1', 'truce', 0.9, '[]', 'm-old', 'x')";
            cmd.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(path);

        Assert.Equal(5, store.SchemaVersion);
        Assert.Equal(["n-0", "n-2"], store.UnclassifiedArticleIds().Select(i => i.Value).Order());
    }

    private static long AutoMerge(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT v FROM articles_fts_config WHERE k = 'automerge'";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    [Fact]
    public void Reopening_a_current_file_changes_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.db");
        using (var s = ArticleStore.Open(path)) s.Upsert([SomeArticle.Numbered(1)]);
        using var again = ArticleStore.Open(path);
        Assert.Equal(1, again.Count);
        Assert.Equal(StoreSchema.CurrentVersion, again.SchemaVersion);
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
