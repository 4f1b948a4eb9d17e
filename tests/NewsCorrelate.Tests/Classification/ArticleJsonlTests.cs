using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class ArticleJsonlTests
{
    [Fact]
    public void Reads_articles_ignoring_unknown_fields_and_blank_lines()
    {
        var records = ArticleJsonl.Read(new StringReader("{\"id\":\"a-1\",\"title\":\"T\",\"text\":\"X.\",\"about\":\"ignored\",\"n\":3}\n\n{\"id\":\"a-2\",\"text\":\"Y.\"}\n"), "in.jsonl").ToList();
        Assert.Equal(["a-1", "a-2"], records.Select(r => r.Article!.Id));
        Assert.Equal([1, 3], records.Select(r => r.Line));
    }

    [Fact]
    public void An_article_without_id_gets_the_id_import_would_give_it()
    {
        var r = ArticleJsonl.Parse("{\"title\":\"T\",\"text\":\"X.\",\"url\":\"https://example.org/a\"}", "in.jsonl", 1);
        Assert.Equal(ArticleId.FromUrl("https://example.org/a").Value, r.Article!.Id);
        var h = ArticleJsonl.Parse("{\"title\":\"T\",\"text\":\"X.\"}", "in.jsonl", 1);
        Assert.Equal(ArticleId.FromContentHash(Article.ComputeContentHash("T", "X.")).Value, h.Article!.Id);
    }

    [Theory]
    [InlineData("{\"id\":\"a-1\",\"text\":", "not valid JSON")]
    [InlineData("[1,2]", "expected a JSON object.")]
    [InlineData("{\"id\":\"a-1\"}", "no \"text\"")]
    [InlineData("{\"id\":\"a 1\",\"text\":\"x\"}", "is not a valid article id")]
    [InlineData("{\"id\":\"a-1\",\"text\":\"x\",\"published\":\"yesterday\"}", "\"published\" 'yesterday' is not a date")]
    public void Bad_lines_come_back_as_errors(string line, string why)
    {
        var r = ArticleJsonl.Parse(line, "in.jsonl", 7);
        Assert.False(r.Success);
        Assert.Equal(7, r.Line);
        Assert.Contains(why, r.Error);
    }
}
