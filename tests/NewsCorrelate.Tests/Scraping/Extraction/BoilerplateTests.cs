using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class BoilerplateTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Share this article")]
    [InlineData("Read more: Inside the magnet supply chain")]
    [InlineData("Related: Port cranes idle")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("© 2025 The Copper Courier. All rights reserved.")]
    [InlineData("Photo: Harbour Ledger staff")]
    [InlineData("Image 2 of 5")]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("November 20, 2019")]
    [InlineData("Tue 20.11.2019 14:05")]
    [InlineData("By Jane Roe")]
    public void Furniture_lines_are_recognised(string line)
    {
        Assert.True(Boilerplate.IsLine(line));
    }

    [Theory]
    [InlineData("Exports rose 4.5% in October, the first rise in three months.")]
    [InlineData("Read the full customs table before drawing conclusions about the trend, analysts said, because revisions are common.")]
    [InlineData("By the end of November, shipments had fallen again.")]
    [InlineData("Share prices of producers rose on Monday.")]
    [InlineData("What Happened?")]
    public void Sentences_that_merely_start_alike_are_kept(string line)
    {
        Assert.False(Boilerplate.IsLine(line));
    }
}
