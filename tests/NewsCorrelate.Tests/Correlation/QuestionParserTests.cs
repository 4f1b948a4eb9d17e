using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Correlation;

public class QuestionParserTests
{
    private static readonly QuestionParser Parser = new(SeriesCsvReader.ReadFile(Path.Combine(Repo.Corpus, "series.csv")).Series);
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Question Ask(string text) => Parser.Parse(text, Today).Value!;

    [Theory]
    [InlineData("what explained the November drop", 11, false, MoveDirection.Down)]
    [InlineData("What explained the Nov. slump?", 11, false, MoveDirection.Down)]
    [InlineData("why did exports plunge in May 2025", 5, true, MoveDirection.Down)]
    [InlineData("what explained the May 2025 collapse", 5, true, MoveDirection.Down)]
    [InlineData("what drove the 2025-10 surge", 10, true, MoveDirection.Up)]
    [InlineData("explain the rebound in June", 6, false, MoveDirection.Up)]
    [InlineData("what is behind the dip in sept", 9, false, MoveDirection.Down)]
    [InlineData("what happened in October 2025", 10, true, MoveDirection.Unspecified)]
    public void Reads_month_year_and_direction(string text, int month, bool yearGiven, MoveDirection direction)
    {
        var q = Ask(text);

        Assert.Equal(month, q.Month!.Value.Number);
        Assert.Equal(yearGiven, q.YearGiven);
        Assert.Equal(direction, q.Direction);
        Assert.Equal(1, q.Months);
    }

    [Fact]
    public void Last_month_is_relative_to_today()
    {
        var q = Ask("why did shipments fall last month");

        Assert.Equal(new Month(2026, 10), q.Month);
        Assert.True(q.YearGiven);
    }

    [Theory]
    [InlineData("what explained the Q2 2025 collapse", 2025, 4)]
    [InlineData("what happened in the second quarter of 2025", 2025, 4)]
    [InlineData("2025Q3 rise", 2025, 7)]
    [InlineData("what drove the 1st quarter 2026 fall", 2026, 1)]
    public void Reads_quarters(string text, int year, int firstMonth)
    {
        var q = Ask(text);

        Assert.Equal((new Month(year, firstMonth), 3), (q.Month!.Value, q.Months));
    }

    [Theory]
    [InlineData("what explained the November drop in US exports", "CN-magnets-US")]
    [InlineData("why did shipments to the United States fall", "CN-magnets-US")]
    [InlineData("why did Japan rise in November", "CN-magnets-JP")]
    [InlineData("explain the German surge", "CN-magnets-DE")]
    [InlineData("what about total exports in May", "CN-magnets-total")]
    [InlineData("CN-magnets-EU in November", "CN-magnets-EU")]
    [InlineData("tell us what explained the November drop", null)]
    public void Reads_series_hints(string text, string? series)
    {
        Assert.Equal(series, Ask(text).Series);
    }

    [Fact]
    public void May_the_verb_is_not_the_month()
    {
        Assert.Equal(11, Ask("what may explain the November drop").Month!.Value.Number);
        Assert.Null(Ask("what may explain the drop").Month);
    }

    [Fact]
    public void A_bad_or_empty_question_is_an_error_value()
    {
        Assert.Contains("not a month", Parser.Parse("what happened in 2025-13", Today).Error, StringComparison.Ordinal);
        Assert.False(Parser.Parse("  ", Today).Success);
    }
}
