using NewsCorrelate.Classification;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

/// <summary>Classification scores every tag in one pass per vector (<c>TagScorers</c>); it must give the same bits as
/// weighing each vector (<see cref="Vocabulary.Weigh"/>) and scoring it with each tag's own scorers.</summary>
public class ClassifyPathTests
{
    private static readonly Lazy<ClassifierModel> Shipped = new(() => ModelFile.Load(Path.Combine(Repo.Models, "classifier.ncm")).Model!);

    /// <summary>The four real seed articles read as one roundup: long enough for many passages.</summary>
    private static ClassifierInput Roundup() =>
        new("roundup", "Weekly roundup", string.Join("\n\n", new[] { "000", "001", "002", "003" }.Select(Repo.Seed)));

    [Fact]
    public void Probabilities_are_bit_for_bit_those_of_weighing_then_scoring_each_tag()
    {
        var model = Shipped.Value;
        var input = Roundup();
        var counts = new Featurizer(model.Settings).CountPassages(input);
        Assert.True(counts.Passages.Count > 3, $"{counts.Passages.Count} passages");
        var passages = counts.Passages.Select(model.Vocabulary.Weigh).ToList();
        var whole = model.Vocabulary.Weigh(counts.Whole);
        var expected = model.Tags.Select(t => t.Probability(whole, passages)).ToArray();
        Assert.Equal(expected, model.Probabilities(input));
    }

    [Fact]
    public void Evidence_asked_for_a_tag_is_the_evidence_classify_gives_it()
    {
        var model = Shipped.Value;
        using var reader = new StreamReader(Directory.GetFiles(Path.Combine(Repo.Corpus, "articles"), "*.jsonl").Order().First());
        var assigned = 0;
        foreach (var input in ArticleJsonl.Read(reader, "corpus").Select(r => r.Article).OfType<ClassifierInput>().Take(60).Append(Roundup()))
            foreach (var score in model.Classify(input).Assigned)
            {
                assigned++;
                Assert.Equal(score.Evidence, model.Evidence(score.Tag, input));
            }
        Assert.True(assigned >= 30, $"only {assigned} tags assigned");
    }

    [Fact]
    public void Classify_ranks_evidence_by_the_sentences_as_counted_for_the_passages()
    {
        // counted in the article, a sentence that gives the cause of a move reported just before it has attribution features
        var model = Shipped.Value;
        var featurizer = new Featurizer(model.Settings);
        using var reader = new StreamReader(Directory.GetFiles(Path.Combine(Repo.Corpus, "articles"), "*.jsonl").Order().First());
        var assigned = 0;
        foreach (var input in ArticleJsonl.Read(reader, "corpus").Select(r => r.Article).OfType<ClassifierInput>().Take(60))
        {
            var sentences = featurizer.CountPassages(input).Sentences;
            foreach (var score in model.Classify(input).Assigned)
            {
                assigned++;
                var tag = model.Tags.Single(t => t.Tag == score.Tag);
                var best = sentences.OrderByDescending(s => tag.Probability(model.Vocabulary.Weigh(s.Counts))).First().Text;
                Assert.Equal(best, score.Evidence[0]);
            }
        }
        Assert.True(assigned > 0, "no tag assigned to the first 60 corpus articles");
    }
}
