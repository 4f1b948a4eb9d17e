using System.Text.Json;
using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Volumes;
using Xunit;

namespace NewsCorrelate.Tests.Volumes;

/// <summary>The shipped briefs quote the customs figures correctly, so every figure the extractor reads from them
/// must agree with the shipped series: a figure that conflicts is a misread (wrong month, series or sign).</summary>
public class CorpusFiguresTests
{
    [Fact]
    public void Every_figure_read_from_the_shipped_briefs_agrees_with_the_shipped_series()
    {
        var extractor = new FigureExtractor(SeriesCsvReader.ReadFile(Path.Combine(Repo.Corpus, "series.csv")).Series);
        var reconciler = new FigureReconciler(VolumeCsvReader.ReadFile(Path.Combine(Repo.Corpus, "volumes.csv")).Points);
        var checks = new List<FigureCheck>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Corpus, "articles"), "*.jsonl"))
            foreach (var line in File.ReadLines(file))
            {
                var d = JsonDocument.Parse(line).RootElement;
                string S(string name) => d.GetProperty(name).GetString()!;
                Assert.True(PublishedDate.TryParse(S("published"), out var published));
                var article = new Article(new ArticleId(S("id")), null, null, S("source"), S("title"), published, S("text"), ArticleOrigin.TeamBrief);
                checks.AddRange(extractor.Extract(article).Select(reconciler.Check));
            }

        var misread = checks.Where(c => c.Verdict != FigureVerdict.Corroborated)
            .Select(c => $"{c.Figure.ArticleId} {c.Figure.Series} {c.Figure.Period} {c.Verdict}: {string.Join("; ", c.Details)} <- {c.Figure.Sentence}")
            .ToList();
        Assert.True(checks.Count >= 80, $"only {checks.Count} figures read from the corpus");
        Assert.True(misread.Count == 0, string.Join("\n", misread));
        Assert.Contains(checks, c => c.Figure.Series == "CN-magnets-US-YTD");
        Assert.Contains(checks, c => c.Figure.Series == "CN-magnets-US" && c.Figure.Month == new Month(2025, 11) && c.Figure.MomPct is < 0);
    }
}
