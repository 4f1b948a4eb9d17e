using NewsCorrelate.Cli;
using NewsCorrelate.Index;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Cli;

public class InitVerbTests
{
    private static string TinyCorpus(TempFolder temp)
    {
        var articles = Directory.CreateDirectory(temp.File("corpus/articles")).FullName;
        File.WriteAllLines(Path.Combine(articles, "a.jsonl"),
        [
            """{"id":"ncb-1","title":"Licences resume","published":"2025-11-03","source":"NewsCorrelate brief","url":"","about":"x","text":"Licences resumed for magnet exporters."}""",
            """{"id":"ncb-2","title":"Controls widened","published":"2025-10-09","source":"NewsCorrelate brief","url":"","about":"y","text":"Controls were widened to new elements."}""",
        ]);
        return temp.File("corpus");
    }

    [Fact]
    public void Init_creates_an_empty_store_and_with_corpus_fills_it_once()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string?> { ["NEWSCORRELATE_CORPUS"] = TinyCorpus(temp) };
        var db = temp.File("named.db");

        var empty = CliRun.With(env, "init", "--db", db);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("0 articles", empty.Out);

        Assert.Contains("2 articles", CliRun.With(env, "init", "--with-corpus", "--db", db).Out);
        var again = CliRun.With(env, "init", "--with-corpus", "--db", db);
        Assert.Contains("2 articles", again.Out);
        using var store = ArticleStore.Open(db);
        Assert.Equal(Domain.ArticleOrigin.TeamBrief, store.Get(new Domain.ArticleId("ncb-1"))!.Origin);
    }

    [Fact]
    public void The_default_store_fills_itself_with_the_corpus_on_first_use_only()
    {
        using var temp = new TempFolder();
        var corpus = TinyCorpus(temp);
        var context = CliContext.ForWriters(new StringWriter(), new StringWriter());
        var path = temp.File("default.db");
        using (var first = StoreOpener.Open(path, fillWithCorpus: true, corpus, context))
        {
            Assert.Equal(2, first.Count);
            first.Delete(new Domain.ArticleId("ncb-1"));
        }
        using (var second = StoreOpener.Open(path, fillWithCorpus: true, corpus, context))
            Assert.Equal(1, second.Count);
        using var named = StoreOpener.Open(temp.File("named.db"), fillWithCorpus: false, corpus, context);
        Assert.Equal(0, named.Count);
    }
}
