using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class LabelFileTests
{
    private static LabelFileResult Read(string csv) => LabelFile.Read(new StringReader(csv), "labels.csv");

    [Fact]
    public void Reads_tags_separated_by_semicolons_and_empty_as_none()
    {
        var r = Read("article_id,tags\na-1,truce;concession\na-2,\na-3, Controls_Tightened \n");
        Assert.Empty(r.Errors);
        Assert.Equal(3, r.Rows.Count);
        Assert.Equal(new HashSet<Tag> { Tag.Truce, Tag.Concession }, r.Rows[0].Tags);
        Assert.Empty(r.Rows[1].Tags);
        Assert.Equal(new HashSet<Tag> { Tag.ControlsTightened }, r.Rows[2].Tags);
        Assert.Equal([2, 3, 4], r.Rows.Select(x => x.Line));
    }

    [Fact]
    public void Bad_rows_are_named_by_line_and_skipped()
    {
        var r = Read("article_id,tags\na-1,truce\na-2,truce,extra\na 3,truce\na-4,Truce!\na-1,concession\na-5,concession\n");
        Assert.Equal(["a-1", "a-5"], r.Rows.Select(x => x.ArticleId.Value));
        Assert.Equal(
        [
            "labels.csv:3: malformed row: 3 field(s), expected 2 (article_id,tags).",
            "labels.csv:4: 'a 3' is not a valid article id.",
            "labels.csv:5: 'Truce!' is not a valid tag name (lower-case letters, digits and underscores; separate tags with ';').",
            "labels.csv:6: article 'a-1' is already labelled on line 2.",
        ], r.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_one()
    {
        var r = Read("id,labels\na-1,truce\n");
        Assert.Empty(r.Rows);
        Assert.Equal("labels.csv:1: the header is 'id,labels'; expected 'article_id,tags'.", Assert.Single(r.Errors).ToString());
    }

    [Fact]
    public void Labels_are_joined_with_articles_and_unknown_ids_and_tags_are_named_by_line()
    {
        var dir = Directory.CreateTempSubdirectory("nc-labels-");
        try
        {
            var articles = Path.Combine(dir.FullName, "a.jsonl");
            File.WriteAllText(articles, "{\"id\":\"a-1\",\"title\":\"T\",\"text\":\"Body one.\",\"published\":\"2025-05-12\"}\n{\"id\":\"a-2\",\"text\":\"Body two.\"}\n");
            var labels = Path.Combine(dir.FullName, "l.csv");
            File.WriteAllText(labels, "article_id,tags\na-1,truce\na-9,truce\na-2,embargo\n");
            var r = LabelledSet.Load([labels], [articles], new HashSet<Tag>(Tag.WellKnown));
            var a = Assert.Single(r.Articles);
            Assert.Equal(("a-1", "T", "Body one.", new DateOnly(2025, 5, 12)), (a.Article.Id, a.Article.Title, a.Article.Text, a.Published));
            Assert.Equal(
            [
                $"{labels}:3: unknown article id 'a-9': it is in none of the article files given.",
                $"{labels}:4: unknown tag 'embargo'; the model knows controls_tightened, truce, concession.",
            ], r.Errors.Select(e => e.ToString()));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
