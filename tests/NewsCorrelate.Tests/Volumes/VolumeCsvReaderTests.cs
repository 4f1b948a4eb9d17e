using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Volumes;

public class VolumeCsvReaderTests
{
    private static VolumeCsvResult Read(string csv) => VolumeCsvReader.Read(new StringReader(csv), "v.csv");

    [Fact]
    public void Reads_the_reported_layout_as_is_keeping_percentage_only_and_cumulative_rows()
    {
        var result = VolumeCsvReader.ReadFile(Path.Combine(Repo.Domain, "volumes-reported.csv"));

        Assert.Empty(result.Errors);
        var nov = result.Points.Single(p => p.Series == "CN-magnets-US" && p.Month == new Month(2025, 11));
        Assert.Equal(581.8, nov.Value);
        Assert.Equal(-11, nov.MomPct);
        var aprilUs = result.Points.Single(p => p.Series == "CN-magnets-US" && p.Month == new Month(2025, 4));
        Assert.Null(aprilUs.Value);
        Assert.Equal(-59, aprilUs.YoyPct);
        Assert.Contains(result.Points, p => p.IsCumulative && p.Series == "CN-magnets-total-YTD");
    }

    [Fact]
    public void Reads_the_plain_layout_with_unit_and_source()
    {
        var result = Read("month,series,value,unit,source\n2025-10,CN-magnets-US,656,t,customs\n2025-11,CN-magnets-US,\"581.8\",t,customs\n");

        Assert.Empty(result.Errors);
        Assert.Equal([656, 581.8], result.Points.Select(p => p.Value!.Value));
        Assert.All(result.Points, p => Assert.Equal("customs", p.Source));
    }

    [Theory]
    [InlineData("2025-13,S,1", "'2025-13' is not a month")]
    [InlineData("Nov 2025,S,1", "'Nov 2025' is not a month")]
    [InlineData("2025-11,S,-4", "value -4 is negative")]
    [InlineData("2025-11,S,lots", "value 'lots' is not a number")]
    [InlineData("2025-11,,1", "series is empty")]
    [InlineData("2025-11,S,", "neither a value nor a percentage")]
    public void Rejects_a_bad_row_with_its_line_and_reason_and_keeps_the_rest(string badRow, string reason)
    {
        var result = Read($"month,series,value\n2025-10,S,5\n{badRow}\n2025-12,S,7\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("v.csv:3: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, result.Points.Count);
    }

    [Fact]
    public void A_month_repeated_with_another_value_is_an_error_but_an_identical_repeat_is_not()
    {
        var result = Read("month,series,value\n2025-10,S,5\n2025-10,S,5\n2025-10,S,6\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("line 2", error.Reason, StringComparison.Ordinal);
        Assert.Single(result.Points);
    }

    [Fact]
    public void A_header_without_the_needed_columns_is_reported_on_line_1()
    {
        var result = Read("date,country,amount\n2025-10,US,5\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("month", error.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Points);
    }
}
