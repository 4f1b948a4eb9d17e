using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests;

public class ArticleTests
{
    private static Article Some(string text) =>
        new(new ArticleId("a"), null, null, "wire", "Title", PublishedDate.OnDay(new DateOnly(2025, 11, 20)), text, ArticleOrigin.Imported);

    [Fact]
    public void The_content_hash_ignores_whitespace_and_case_but_not_words()
    {
        Assert.Equal(Some("Exports  fell\n\nsharply").ContentHash, Some("exports fell sharply").ContentHash);
        Assert.NotEqual(Some("Exports fell").ContentHash, Some("Exports rose").ContentHash);
    }

    [Fact]
    public void A_changed_copy_has_the_hash_of_its_own_text()
    {
        var original = Some("Exports fell");

        var changed = original with { Text = "Exports rose" };

        Assert.Equal(Some("Exports rose").ContentHash, changed.ContentHash);
    }
}
