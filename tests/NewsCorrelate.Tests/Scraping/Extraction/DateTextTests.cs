using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class DateTextTests
{
    [Theory]
    [InlineData("2025-11-20T23:30:00-05:00", "2025-11-20")]
    [InlineData("2025-11-21T01:30:00+10:00", "2025-11-21")]
    [InlineData("2025-11-20", "2025-11-20")]
    [InlineData("2025/11/20 08:00", "2025-11-20")]
    [InlineData("20251120", "2025-11-20")]
    [InlineData("20251120T080000Z", "2025-11-20")]
    [InlineData("Thu, 20 Nov 2025 18:00:00 GMT", "2025-11-20")]
    [InlineData("1763596800", "2025-11-20")]
    [InlineData("2025-11", "2025-11")]
    public void Machine_dates_keep_the_day_as_written(string value, string expected)
    {
        Assert.Equal(expected, DateText.FromMachine(value)?.ToString());
    }

    [Theory]
    [InlineData("Published Nov. 20, 2025 at 9:00 a.m.", "2025-11-20")]
    [InlineData("November 20th, 2025", "2025-11-20")]
    [InlineData("20 November 2025", "2025-11-20")]
    [InlineData("BRUSSELS, Sept. 3, 2025 /Wire/ --", "2025-09-03")]
    [InlineData("on 11/20/2025", "2025-11-20")]
    [InlineData("Veröffentlicht am 4. März 2025, 09:12 Uhr", "2025-03-04")]
    [InlineData("publicado el 20 de noviembre de 2025", "2025-11-20")]
    [InlineData("le 3 décembre 2025", "2025-12-03")]
    [InlineData("Chapter 12, 2025 and then May 5, 2025", "2025-05-05")]
    [InlineData("2 de 3", null)]
    [InlineData("Feb 30, 2025", null)]
    [InlineData("March 3, 1850", null)]
    public void Prose_dates_are_read_or_refused(string text, string? expected)
    {
        Assert.Equal(expected, DateText.FromProse(text)?.ToString());
    }

    [Theory]
    [InlineData("https://x.example/2025/11/20/slug/", "2025-11-20")]
    [InlineData("https://x.example/news/2025-11-20-slug", "2025-11-20")]
    [InlineData("https://x.example/a/slug-20251120.html", "2025-11-20")]
    [InlineData("https://x.example/2025/11/slug", "2025-11")]
    [InlineData("https://x.example/news/123456789", null)]
    public void Url_dates_give_a_day_or_a_month(string url, string? expected)
    {
        Assert.Equal(expected, DateFinder.FromUrl(url)?.ToString());
    }
}
