using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class TitleCleaningTests
{
    [Theory]
    [InlineData("Magnet exports fall | The Harbour Ledger", "The Harbour Ledger", "Magnet exports fall")]
    [InlineData("The Harbour Ledger | Magnet exports fall", "The Harbour Ledger", "Magnet exports fall")]
    [InlineData("Magnet exports fall - Harbour Ledger", "The Harbour Ledger", "Magnet exports fall")]
    [InlineData("Magnet exports fall to a nine-month low – Oxide Notes", null, "Magnet exports fall to a nine-month low")]
    [InlineData("Rare earths: what comes next for magnet buyers", "Trade Weekly", "Rare earths: what comes next for magnet buyers")]
    [InlineData("Exports fall again - and buyers barely notice", null, "Exports fall again - and buyers barely notice")]
    [InlineData("Magnet exports &amp; imports", null, "Magnet exports & imports")]
    public void Site_names_are_cut_from_titles_but_headline_punctuation_stays(string title, string? site, string expected)
    {
        Assert.Equal(expected, TitleFinder.Clean(title, site));
    }
}
