using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class TopicFilterTests
{
    [Theory]
    [InlineData("rare earth", "Rare-earth exports fell.", true)]
    [InlineData("rare earth", "Rare exports of earth movers.", true)]
    [InlineData("rare earth", "Earth movers only.", false)]
    [InlineData("\"export licence\"", "A new Export Licence regime", true)]
    [InlineData("\"export licence\"", "licence for export", false)]
    [InlineData("magnets OR graphite", "graphite supply tightens", true)]
    [InlineData("magnets OR graphite", "magnetic fields", false)]
    public void Matches_whole_words_all_terms_any_alternative(string query, string text, bool expected) =>
        Assert.Equal(expected, TopicFilter.TryParse(query, out _)!.Matches(text));

    [Theory]
    [InlineData("")]
    [InlineData("OR")]
    [InlineData(" \"\" ")]
    public void A_query_without_words_is_refused_with_a_reason(string query)
    {
        Assert.Null(TopicFilter.TryParse(query, out var error));
        Assert.Contains("no words", error);
    }
}
