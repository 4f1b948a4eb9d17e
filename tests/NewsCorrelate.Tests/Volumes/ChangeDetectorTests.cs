using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Volumes;

public class ChangeDetectorTests
{
    private static readonly IReadOnlyList<MonthlyChange> Reported =
        ChangeDetector.Detect(VolumeCsvReader.ReadFile(Path.Combine(Repo.Domain, "volumes-reported.csv")).Points);

    private static MonthlyChange At(string series, int year, int month) =>
        Reported.Single(c => c.Series == series && c.Month == new Month(year, month));

    [Fact]
    public void The_November_2025_US_move_is_an_eleven_percent_fall_from_656_tonnes()
    {
        var nov = At("CN-magnets-US", 2025, 11);

        Assert.Equal(581.8, nov.Value);
        Assert.Equal(656, nov.Previous);
        Assert.Equal(-11.3, nov.MomPct!.Value, 1);
        Assert.Equal(-8.84, nov.YoyPct!.Value, 2);
        Assert.Equal(-1, nov.Direction);
    }

    [Fact]
    public void Big_swings_are_notable_and_ordinary_ones_are_not()
    {
        Assert.True(At("CN-magnets-US", 2025, 6).Notable);      // +660% after the May trough
        Assert.True(At("CN-magnets-US", 2025, 10).Notable);     // +56% October spike
        Assert.True(At("CN-magnets-total", 2025, 5).Notable);   // -53% May collapse
        Assert.False(At("CN-magnets-US", 2025, 12).Notable);    // -3%
        Assert.False(At("CN-magnets-US", 2025, 11).Notable);    // -11%, inside its range since July
    }

    [Fact]
    public void A_gap_falls_back_to_the_reported_percentage_and_implies_the_previous_value()
    {
        var march = At("CN-magnets-US", 2026, 3);   // February is not in the file

        Assert.Equal(-9.5, march.MomPct);
        Assert.Equal(406 / 0.905, march.Previous!.Value, 3);
    }

    [Fact]
    public void A_month_with_only_a_year_on_year_figure_is_measured_on_that()
    {
        var april = At("CN-magnets-US", 2025, 4);

        Assert.Null(april.Value);
        Assert.Equal(-59, april.YoyPct);
        Assert.NotNull(april.Unusualness);
        Assert.Equal(-1, april.Direction);
    }

    [Fact]
    public void Cumulative_series_are_not_treated_as_monthly_moves()
    {
        Assert.DoesNotContain(Reported, c => c.Series.EndsWith("-YTD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_series_does_not_make_every_move_extreme()
    {
        var points = new[] { 100.0, 104, 98 }.Select((v, i) => new VolumePoint("S", new Month(2025, 1 + i), v, null, null));

        Assert.All(ChangeDetector.Detect(points), c => Assert.False(c.Notable));
    }

    [Fact]
    public void Robust_z_ignores_one_wild_month_in_the_history()
    {
        double[] calm = [0.01, -0.02, 0.015, -0.01, 0.0, 0.02, -0.015];
        var withOutlier = calm.Append(3.0).ToArray();

        Assert.Equal(ChangeDetector.Z(0.5, calm), ChangeDetector.Z(0.5, withOutlier), 0);
    }
}
