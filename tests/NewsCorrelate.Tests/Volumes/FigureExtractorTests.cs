using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Volumes;

public class FigureExtractorTests
{
    private static readonly FigureExtractor Extractor = new(SeriesCsvReader.ReadFile(Path.Combine(Repo.Corpus, "series.csv")).Series);

    private static Article Some(string text, string published = "2025-11-22", string title = "Magnet exports") =>
        new(new ArticleId("a1"), null, null, "test", title, Parse(published), text, ArticleOrigin.Imported);

    private static PublishedDate Parse(string s) => PublishedDate.TryParse(s, out var p) ? p : throw new FormatException(s);

    [Fact]
    public void Reads_tonnes_destination_month_and_both_changes_from_one_sentence()
    {
        var f = Assert.Single(Extractor.Extract(Some(
            "China exported 656 tons of rare earth magnets to the US in October, up 4.5% year on year and 56.1% from September.")));

        Assert.Equal(("CN-magnets-US", new Month(2025, 10), 656.0, 4.5, 56.1), (f.Series, f.Month, f.Value!.Value, f.YoyPct!.Value, f.MomPct!.Value));
        Assert.Equal(656 / 1.561, f.ImpliedPrevious!.Value, 6);
        Assert.Equal(656 / 1.045, f.ImpliedYearAgo!.Value, 6);
    }

    [Fact]
    public void A_destination_right_after_the_figure_wins_over_a_total_later_in_the_clause()
    {
        var f = Assert.Single(Extractor.Extract(Some(
            "China shipped 656 tonnes of magnets to the United States in October, 56.1% more than in September and the highest monthly total since January.")));
        Assert.Equal(("CN-magnets-US", new Month(2025, 10), 656.0, 56.1), (f.Series, f.Month, f.Value!.Value, f.MomPct!.Value));
    }

    [Fact]
    public void A_period_marker_belongs_to_the_nearest_percentage()
    {
        // "a year earlier" is the 8.8%'s; the 11% names no period of its own, so it is not taken for a y/y change
        var f = Assert.Single(Extractor.Extract(Some(
            "US-bound shipments fell 11% to 582 tonnes and were 8.8% lower than a year earlier.", "2025-12-21", "China's magnet exports in November")));
        Assert.Equal(("CN-magnets-US", new Month(2025, 11), 582.0, -8.8), (f.Series, f.Month, f.Value!.Value, f.YoyPct!.Value));
        Assert.Null(f.MomPct);
    }

    [Fact]
    public void A_month_after_its_or_their_is_a_comparison_not_the_figures_month()
    {
        var figures = Extractor.Extract(Some(
            "Shipments of magnets to Germany rose 46% to 1,116 tonnes, while India took 418 tonnes, more than double its June volume.", "2025-08-20",
            "China's magnet exports in July"));
        Assert.Contains(figures, f => f.Series == "CN-magnets-DE" && f.Month == new Month(2025, 7) && f.Value == 1116);
        Assert.DoesNotContain(figures, f => f.Month == new Month(2025, 6)); // before: India's 418 t was read as June's
    }

    [Fact]
    public void A_month_after_a_change_and_on_is_a_comparison_not_the_figures_month()
    {
        var f = Assert.Single(Extractor.Extract(Some(
            "US-bound shipments reached 656 tonnes, up 56.1% on September and 4.5% above a year earlier.", "2025-11-20", "China's magnet exports in October")));
        // before: read as September's 656 t
        Assert.Equal(("CN-magnets-US", new Month(2025, 10), 656.0, 56.1), (f.Series, f.Month, f.Value!.Value, f.MomPct!.Value));
    }

    [Fact]
    public void A_fall_is_negative_and_a_month_named_after_publication_belongs_to_the_year_before()
    {
        var f = Assert.Single(Extractor.Extract(Some("US-bound rare-earth magnet exports fell 11% month-on-month in November to ~582 tons.", "2025-12-21")));
        Assert.Equal(("CN-magnets-US", new Month(2025, 11), 582.0, -11.0), (f.Series, f.Month, f.Value!.Value, f.MomPct!.Value));

        var december = Assert.Single(Extractor.Extract(Some("Magnet shipments to Japan dropped to 280 tonnes in December.", "2026-01-20")));
        Assert.Equal(new Month(2025, 12), december.Month);
    }

    [Fact]
    public void Reads_the_figures_of_the_real_October_report()
    {
        var article = Some(Repo.Seed("001"), "2025-11-22", "China's Rare Earth Magnet Exports to the US Increased in October");

        var figures = Extractor.Extract(article);

        var us = figures.Single(f => f.Series == "CN-magnets-US" && f.Month == new Month(2025, 10));
        Assert.Equal((656.0, 4.5, 56.1), (us.Value!.Value, us.YoyPct!.Value, us.MomPct!.Value));
        var total = figures.Single(f => f.Series == "CN-magnets-total" && f.Month == new Month(2025, 10));
        Assert.Equal((5473.0, 15.8), (total.Value!.Value, total.YoyPct!.Value));
        Assert.Contains(figures, f => f.Series == "CN-magnets-DE" && f.Value == 1118);
        Assert.Contains(figures, f => f.Series == "CN-magnets-KR" && f.Value == 569 && f.YoyPct == 31.3);
        Assert.Contains(figures, f => f.Series == "CN-magnets-US" && f.Month == new Month(2025, 7) && f.Value == 619);
        Assert.Contains(figures, f => f.Series == "CN-magnets-JP" && f.Value == 226 && f.YoyPct == 30.2);
        Assert.DoesNotContain(figures, f => f.Value == 538);   // magnets plus powders and alloys: another product
    }

    [Fact]
    public void Reads_the_real_November_report()
    {
        var figures = Extractor.Extract(Some(Repo.Seed("003"), "2025-12-21", "US-bound magnet exports fall"));

        var f = Assert.Single(figures, f => f.Series == "CN-magnets-US" && f.Month == new Month(2025, 11));
        Assert.Equal((582.0, -11.0), (f.Value!.Value, f.MomPct!.Value));
    }

    [Fact]
    public void Reads_a_quarterly_claim()
    {
        var figures = Extractor.Extract(Some(Repo.Seed("002"), "2025-07-15", "Magnet exports"));

        var q = Assert.Single(figures, f => f.Months == 3);
        Assert.Equal(("CN-magnets-total", "2025-Q2", 25.0), (q.Series, q.Period, q.YoyPct!.Value));
    }

    [Theory]
    [InlineData("For the whole of 2025, US-bound magnet exports fell 20.3% to 5,933 tonnes.")]
    [InlineData("Over the whole of 2025, magnet exports to the US fell 20.3% to 5,933 tonnes.")]
    [InlineData("Full-year 2025 magnet exports to the US fell 20.3% to 5,933 tonnes.")]
    [InlineData("In 2025 as a whole, magnet exports to the US fell 20.3% to 5,933 tonnes.")]
    public void A_full_year_total_goes_to_the_cumulative_series_at_December(string sentence)
    {
        var f = Assert.Single(Extractor.Extract(Some(sentence + " In February, shipments to the US fell again.", "2026-03-20")));

        Assert.Equal(("CN-magnets-US-YTD", new Month(2025, 12), 5933.0), (f.Series, f.Month, f.Value!.Value));
    }

    [Fact]
    public void A_percentage_in_a_clause_about_another_destination_is_not_the_totals()
    {
        var f = Assert.Single(Extractor.Extract(Some(
            "In April, total shipments of magnets had already dropped to 2,627 tonnes, and US-bound volumes were 59% lower than a year earlier.", "2025-06-20")));

        Assert.Equal(("CN-magnets-total", new Month(2025, 4), 2627.0), (f.Series, f.Month, f.Value!.Value));
        Assert.Null(f.YoyPct);
    }

    [Fact]
    public void Ignores_figures_for_other_products_and_sentences_without_a_period()
    {
        Assert.Empty(Extractor.Extract(Some("Rare earth oxide exports rose 12% year on year to 5,000 tons in October. Magnet makers hired 300 staff.")));
    }
}
