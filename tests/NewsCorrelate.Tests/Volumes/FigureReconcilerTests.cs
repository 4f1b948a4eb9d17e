using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Volumes;

public class FigureReconcilerTests
{
    private static readonly FigureExtractor Extractor = new(SeriesCsvReader.ReadFile(Path.Combine(Repo.Corpus, "series.csv")).Series);
    private static readonly FigureReconciler Reconciler = new(VolumeCsvReader.ReadFile(Path.Combine(Repo.Domain, "volumes-reported.csv")).Points);

    private static IReadOnlyList<FigureCheck> Checks(string seed, string published) =>
        Extractor.Extract(new Article(new ArticleId("seed-" + seed), null, null, "test", "Rare earth magnet exports",
            PublishedDate.TryParse(published, out var p) ? p : default, Repo.Seed(seed), ArticleOrigin.Imported)).Select(Reconciler.Check).ToList();

    [Fact]
    public void The_October_report_is_corroborated_by_the_customs_series()
    {
        var us = Checks("001", "2025-11-22").Single(c => c.Figure.Series == "CN-magnets-US" && c.Figure.Month == new Month(2025, 10));

        Assert.Equal(FigureVerdict.Corroborated, us.Verdict);
        Assert.Contains(us.Details, d => d.Contains("implied previous month", StringComparison.Ordinal) && d.Contains("agrees", StringComparison.Ordinal));
        Assert.NotEmpty(us.SeriesSources);
    }

    [Fact]
    public void The_claimed_second_quarter_rise_is_flagged_against_the_customs_figures()
    {
        var q2 = Checks("002", "2025-07-15").Single(c => c.Figure.Months == 3);

        Assert.Equal(FigureVerdict.Conflicting, q2.Verdict);
        Assert.Contains("2025-05 -74%", q2.Details.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_conflicts_and_an_unknown_month_is_unverified()
    {
        var wrong = new ReportedFigure("CN-magnets-US", new Month(2025, 11), 1, 900, null, null, new ArticleId("x"), "s");
        var unknown = new ReportedFigure("CN-magnets-US", new Month(2023, 2), 1, 400, null, null, new ArticleId("x"), "s");

        Assert.Equal(FigureVerdict.Conflicting, Reconciler.Check(wrong).Verdict);
        Assert.Equal(FigureVerdict.Unverified, Reconciler.Check(unknown).Verdict);
    }
}
