using NewsCorrelate.Domain;
using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence()
    {
        var s = SentenceSplitter.Split("The U.S. Commerce Dept. said on Dec. 2 that exports rose 4.5% under No. 18 rules. J. Smith disagreed. Prices fell!");
        Assert.Equal(
            ["The U.S. Commerce Dept. said on Dec. 2 that exports rose 4.5% under No. 18 rules.", "J. Smith disagreed.", "Prices fell!"],
            s);
    }

    [Fact]
    public void Line_breaks_and_bullets_separate_sentences()
    {
        var s = SentenceSplitter.Split("Key takeaways\n- Exports fell 11% in November.\n- The truce holds\n\nWhat next?");
        Assert.Equal(["Key takeaways", "Exports fell 11% in November.", "The truce holds", "What next?"], s);
    }

    [Fact]
    public void A_quote_closing_a_sentence_stays_with_it()
    {
        var s = SentenceSplitter.Split("\"We will approve compliant applications.\" The ministry said so.");
        Assert.Equal(["\"We will approve compliant applications.\"", "The ministry said so."], s);
    }
}
