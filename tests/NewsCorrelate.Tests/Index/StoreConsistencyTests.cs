using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class StoreConsistencyTests
{
    [Fact]
    public void A_batch_that_fails_midway_leaves_exactly_the_committed_batches()
    {
        using var temp = new TempFolder();
        var path = temp.File("crash.db");
        using (var store = ArticleStore.Open(path))
        {
            store.Upsert(Enumerable.Range(0, 10).Select(i => SomeArticle.Numbered(i)));
            Assert.Throws<IOException>(() => store.Upsert(FailingAfter(Enumerable.Range(10, 10).Select(i => SomeArticle.Numbered(i)), 5)));
            store.Upsert(Enumerable.Range(20, 10).Select(i => SomeArticle.Numbered(i)));
        }
        using var reopened = ArticleStore.Open(path);
        var ids = reopened.AllArticles().Select(a => int.Parse(a.Id.Value[2..])).Order().ToList();
        Assert.Equal([.. Enumerable.Range(0, 10), .. Enumerable.Range(20, 10)], ids);
        Assert.True(reopened.CheckIntegrity());
        Assert.Equal(20, reopened.Search(QueryParser.Parse("filler").GetValueOrThrow()).Total);
        Assert.Equal(0, reopened.Search(QueryParser.Parse("w12x").GetValueOrThrow()).Total);
    }

    [Fact]
    public async Task A_reader_searching_during_an_import_sees_only_whole_batches()
    {
        using var temp = new TempFolder();
        var path = temp.File("concurrent.db");
        const int batches = 20, size = 50;
        using var writer = ArticleStore.Open(path);
        using var reader = ArticleStore.Open(path);
        var query = QueryParser.Parse("filler").GetValueOrThrow();
        var writing = Task.Run(() =>
        {
            for (var b = 0; b < batches; b++)
                writer.Upsert(Enumerable.Range(b * size, size).Select(i => SomeArticle.Numbered(i)));
        });
        var seen = new List<int>();
        while (!writing.IsCompleted)
        {
            var total = reader.Search(query, limit: 3).Total;
            seen.Add(total);
        }
        await writing;
        seen.Add(reader.Search(query).Total);

        Assert.All(seen, t => Assert.Equal(0, t % size));
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(batches * size, seen[^1]);
        Assert.True(seen.Count > 1);
    }

    [Fact]
    public void Committed_batches_reach_the_database_file_without_the_writer_checkpointing()
    {
        using var temp = new TempFolder();
        var path = temp.File("checkpoint.db");
        using var store = ArticleStore.Open(path);
        var before = new FileInfo(path).Length;
        // A few hundred KiB of pages: far below the writer's own checkpoint threshold, so only the background
        // checkpointer can have copied them from the write-ahead log into the file.
        store.Upsert(Enumerable.Range(0, 200).Select(i => SomeArticle.Numbered(i) with { Text = string.Join(' ', Enumerable.Repeat($"filler w{i}x text", 60)) }));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(path).Length <= before && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.True(new FileInfo(path).Length > before + 200 * 1024, $"database file stayed at {new FileInfo(path).Length} bytes");
        Assert.True(store.CheckIntegrity());
        Assert.Equal(200, store.Search(QueryParser.Parse("filler").GetValueOrThrow()).Total);
    }

    private static IEnumerable<Article> FailingAfter(IEnumerable<Article> articles, int count)
    {
        var n = 0;
        foreach (var a in articles)
        {
            if (n++ == count) throw new IOException("simulated failure while reading the input");
            yield return a;
        }
    }
}
