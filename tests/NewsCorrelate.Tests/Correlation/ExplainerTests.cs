using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Correlation;

public class ExplainerTests
{
    private static readonly IReadOnlyList<SeriesDefinition> Series = SeriesCsvReader.ReadFile(Path.Combine(Repo.Corpus, "series.csv")).Series;
    private static readonly QuestionParser Parser = new(Series);
    private static readonly Explainer Explainer = new(
        Series,
        VolumeCsvReader.ReadFile(Path.Combine(Repo.Corpus, "volumes.csv")).Points,
        LabelledCorpus.Instance.Value,
        new Correlator(new FigureExtractor(Series)));

    private static ParseOutcome<Explanation> Ask(string question) => Explainer.Ask(Parser.Parse(question, new DateOnly(2026, 11, 21)).Value!);

    [Fact]
    public void The_November_drop_is_the_US_series_falling_from_656_to_582_tonnes()
    {
        var answer = Ask("what explained the November drop").Value!;

        Assert.Equal("CN-magnets-US", answer.Series.Name);
        Assert.Equal(new Month(2025, 11), answer.Move.Month);
        Assert.Equal((581.8, 656.0), (answer.Move.Value!.Value, answer.Move.Previous!.Value));
        Assert.Contains(answer.Notes, n => n.Contains("CN-magnets-total", StringComparison.Ordinal) && n.StartsWith("Rose instead", StringComparison.Ordinal));
    }

    [Fact]
    public void The_November_answer_cites_the_reports_on_the_November_figure_and_on_the_October_spike()
    {
        var answer = Ask("what explained the November drop").Value!;

        Assert.Contains(answer.Reports, r => r.Article.Published.Month == new Month(2025, 12) && r.Evidence.Any(e => e.Contains("582", StringComparison.Ordinal)));
        Assert.Contains(answer.Reports, r => r.Evidence.Any(e => e.Contains("656", StringComparison.Ordinal)));
        Assert.NotEmpty(answer.Drivers);
        Assert.NotEmpty(answer.CounterEvidence);
        Assert.All(answer.Drivers, e => Assert.Equal(MoveDirection.Down, TagDirections.Of(e.Tag)));
        Assert.All(answer.CounterEvidence, e => Assert.Equal(MoveDirection.Up, TagDirections.Of(e.Tag)));
        Assert.Contains("581.8 t", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_May_2025_collapse_is_explained_by_the_April_licensing_regime()
    {
        var answer = Ask("what explained the May 2025 collapse").Value!;

        Assert.Equal(new Month(2025, 5), answer.Move.Month);
        Assert.Equal(-1, answer.Move.Direction);
        var top = answer.Drivers.Take(3).SelectMany(e => e.Articles).Select(a => a.Article);
        Assert.Contains(top, a => a.Published.Date >= new DateOnly(2025, 4, 4) && a.Published.Date <= new DateOnly(2025, 4, 10) && a.Text.Contains("licens", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Articles_about_one_event_are_grouped_into_one_event_with_several_sources()
    {
        var answer = Ask("what explained the May 2025 collapse").Value!;

        Assert.Contains(answer.Drivers, e => e.Articles.Count > 1);
        Assert.All(answer.Drivers, e => Assert.True(e.Articles.Max(a => a.Article.Published.Date.DayNumber) - e.Date.DayNumber <= 4));
    }

    [Fact]
    public void A_direction_the_data_contradicts_is_said_so()
    {
        var answer = Ask("what explained the November surge in US exports").Value!;

        Assert.Equal("CN-magnets-US", answer.Series.Name);
        Assert.Contains(answer.Notes, n => n.Contains("asks about a rise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_without_data_names_the_months_that_have_data()
    {
        var answer = Ask("what explained the drop in 2026-10");

        Assert.False(answer.Success);
        Assert.Contains("2026-03", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_names_known_series_for_an_unknown_one()
    {
        var answer = Explainer.Explain("CN-magnets-XX", new Month(2025, 11));

        Assert.Contains("CN-magnets-US", answer.Error, StringComparison.Ordinal);
    }
}
