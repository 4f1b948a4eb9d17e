using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

/// <summary>Passages: how long articles are cut, and what scoring them buys.</summary>
public class PassageTests
{
    private static readonly FeatureSettings Settings = new(2, 0, 0, 18, 1, 20, true, ConceptLexicon.Empty, 0);

    private static string Sentences(int count, string sentence) => string.Join(" ", Enumerable.Repeat(sentence, count));

    [Fact]
    public void A_short_article_is_its_own_only_passage()
    {
        var counts = new Featurizer(Settings).CountPassages(new ClassifierInput("a", "Headline here", "One short sentence with seven words."));
        Assert.Single(counts.Passages);
        Assert.Equal(counts.Whole, counts.Passages[0]);
    }

    [Fact]
    public void A_long_article_is_cut_into_overlapping_runs_of_sentences_of_about_the_passage_length()
    {
        // 12 sentences of 5 words; passages of about 20 words = 4 sentences, each starting 2 sentences after the last
        var featurizer = new Featurizer(Settings);
        var text = string.Join(" ", Enumerable.Range(0, 12).Select(i => $"Sentence number {Words[i]} says little."));
        var counts = featurizer.CountPassages(new ClassifierInput("a", "", text));
        Assert.Equal(5, counts.Passages.Count);
        Assert.All(counts.Passages, p => Assert.Equal(20f, Unigrams(featurizer, p)));
        // every sentence's own word is in some passage, and the whole counts every word once
        foreach (var word in Words[..12])
            Assert.Contains(counts.Passages, p => featurizer.Count(word).Indices.All(p.Indices.Contains));
        Assert.Equal(60f, Unigrams(featurizer, counts.Whole));
    }

    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>Unigram occurrences in a count vector (bigram buckets left out).</summary>
    private static float Unigrams(Featurizer featurizer, SparseVector counts)
    {
        float total = 0;
        for (var i = 0; i < counts.Count; i++)
            foreach (var w in new[] { "sentence", "number", "says", "little" }.Concat(Words))
                if (featurizer.Count(w).Indices[0] == counts.Indices[i]) { total += counts.Values[i]; break; }
        return total;
    }

    [Fact]
    public void An_event_buried_in_a_long_article_still_earns_its_tag_when_passages_are_scored()
    {
        var options = Samples.Options with { Features = new FeatureSettings(2, 0, 0, 16, 1, 30, true, ConceptLexicon.Empty, 0) };
        var model = ClassifierTrainer.Train(Samples.Articles(90), options);
        var filler = Sentences(12, "Prices for neodymium oxide were little changed in thin trading.") + " " +
            Sentences(12, "Magnet makers reported steady orders from carmakers in the quarter.");
        var buried = new ClassifierInput("long", "Market wrap", filler + " Beijing banned exports of rare-earth processing technology. " + filler);
        var result = model.Classify(buried);
        Assert.Equal([Tag.ControlsTightened], result.Assigned.Select(s => s.Tag));
        Assert.Equal("Beijing banned exports of rare-earth processing technology.", result.Assigned.Single().Evidence[0]);
    }

    [Fact]
    public void Passage_learning_takes_the_best_passage_of_a_tagged_article_and_hard_negatives_of_an_untagged_one()
    {
        // feature 0 marks the event passage; feature 1 is topic vocabulary found in every passage of both articles.
        // Taking every passage of a tagged article as positive would make the background passages positive (8 against 6).
        SparseVector P(params (int Index, float Value)[] entries) => new(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Value).ToArray());
        var tagged = new List<SparseVector> { P((1, 1)), P((0, 1), (1, 1)), P((1, 1)), P((1, 1)), P((1, 1)) };
        var untagged = new List<SparseVector> { P((1, 1)), P((1, 1)), P((1, 1)), P((1, 1)) };
        var select = new LinearScorer([1f, 0f], 0);
        var fitted = PassageLearning.Fit([tagged, untagged, tagged, untagged], [[true, false, true, false]], [select], 2, 10);
        // the tagged article's background passages are not taken as positives: they score as negatives
        Assert.True(fitted[0].Score(P((0, 1), (1, 1))) > 0, $"event passage {fitted[0].Score(P((0, 1), (1, 1)))}");
        Assert.True(fitted[0].Score(P((1, 1))) < 0, $"background passage {fitted[0].Score(P((1, 1)))}");
    }

    [Fact]
    public void The_calibration_learns_from_roundups_so_an_article_among_others_keeps_its_tags()
    {
        var options = Samples.Options with { Features = new FeatureSettings(2, 0, 0, 16, 1, 30, true, ConceptLexicon.Empty, 0) };
        var model = ClassifierTrainer.Train(Samples.Articles(90), options);
        var unseen = Samples.Articles(60, seed: 11);
        var untagged = unseen.Where(a => a.Tags.Count == 0).Select(a => a.Article).ToList();
        var tagged = unseen.Where(a => a.Tags.Count > 0).ToList();
        var found = 0;
        var expected = 0;
        for (var i = 0; i < tagged.Count; i++)
        {
            // the article fifth of nine: mostly other news, as in a weekly newsletter
            var items = Enumerable.Range(0, 8).Select(k => untagged[(i + k * 3) % untagged.Count]).ToList();
            items.Insert(4, tagged[i].Article);
            var roundup = new ClassifierInput(tagged[i].Article.Id, "Weekly roundup", string.Join("\n\n", items.Select(a => a.Title + "\n\n" + a.Text)));
            var assigned = model.Classify(roundup).Assigned.Select(s => s.Tag).ToHashSet();
            expected += tagged[i].Tags.Count;
            found += tagged[i].Tags.Count(assigned.Contains);
        }
        Assert.True(found >= 0.9 * expected, $"{found} of {expected} tags found inside roundups");
    }
}
