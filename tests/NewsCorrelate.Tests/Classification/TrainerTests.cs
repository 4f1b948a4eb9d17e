using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class TrainerTests
{
    [Fact]
    public void Same_data_in_any_order_gives_a_byte_identical_model_file()
    {
        var articles = Samples.Articles(45);
        var shuffled = articles.OrderBy(a => a.Article.Id.GetHashCode(StringComparison.Ordinal) % 7).ThenByDescending(a => a.Article.Id).ToList();
        var a = ModelFile.ToBytes(ClassifierTrainer.Train(articles, Samples.Options));
        var b = ModelFile.ToBytes(ClassifierTrainer.Train(shuffled, Samples.Options with { MaxParallelism = 1 }));
        Assert.Equal(a, b);
    }

    [Fact]
    public void The_threshold_is_chosen_on_articles_read_inside_roundups_as_well_as_as_written()
    {
        // As written, any cut between the tag's articles and the others is perfect, so one chosen on them alone lands
        // at 0.5; inside roundups the scores are diluted and only a cut chosen on those readings too separates them.
        (double, double)[] asWritten = [(3, 3), (2.6, 2.8), (2.8, 2.5), (3.2, 3.1), (2.9, 2.7), (-3, -3), (-2.5, -2.8), (-2.9, -2.4), (-3.1, -3.2), (-2.7, -2.6)];
        (double, double)?[] inRoundup = [(-1.0, 0.6), (-1.2, 0.3), (-1.4, 0.1), (-1.1, -0.2), (-1.3, 0.4), (-1.5, -0.5), (-1.6, -0.9), (-1.8, -1.5), (-2.0, -1.8), (-1.9, -1.2)];
        bool[] truth = [true, true, true, true, true, false, false, false, false, false];

        var (platt, threshold) = ClassifierTrainer.CalibrateAndThreshold(asWritten, inRoundup, truth, _ => true);

        var probabilities = inRoundup.Select(r => platt.Probability(r!.Value.Item1, r.Value.Item2)).ToList();
        Assert.All(probabilities.Take(5), p => Assert.True(p >= threshold, $"a tagged article in a roundup at {p:0.000} is below the threshold {threshold:0.000}"));
        Assert.All(probabilities.Skip(5), p => Assert.True(p < threshold, $"an untagged article in a roundup at {p:0.000} is above the threshold {threshold:0.000}"));
    }

    [Fact]
    public void Learns_the_label_set_and_cross_validates_well_on_clear_cases()
    {
        var model = Samples.Model;
        Assert.Equal(Tag.WellKnown, model.Labels);
        Assert.Equal(60, model.Training.Articles);
        Assert.True(model.Training.CrossValidated.MacroF1 > 0.8, $"macro F1 {model.Training.CrossValidated.MacroF1}");
        Assert.All(model.Tags, t => Assert.InRange(t.Threshold, ThresholdChooser.Lowest, ThresholdChooser.Highest));
    }

    [Fact]
    public void Training_date_defaults_to_the_newest_article_and_can_be_given()
    {
        var articles = Samples.Articles(45);
        Assert.Equal(articles.Max(a => a.Published), ClassifierTrainer.Train(articles, Samples.Options).Training.TrainedOn);
        Assert.Equal(new DateOnly(2026, 1, 2), ClassifierTrainer.Train(articles, Samples.Options with { TrainedOn = new DateOnly(2026, 1, 2) }).Training.TrainedOn);
    }

    [Fact]
    public void A_tag_with_too_few_examples_is_refused_with_the_count_needed()
    {
        var articles = Samples.Articles(45).Where(a => !a.Tags.Contains(Tag.Truce)).ToList();
        articles.Add(new LabelledArticle(new ClassifierInput("x-1", "", "They agreed a truce."), new HashSet<Tag> { new("ceasefire") }));
        var problems = ClassifierTrainer.Problems(articles, new TrainingOptions { Folds = 5 });
        var problem = Assert.Single(problems, p => p.Contains("ceasefire"));
        Assert.Contains("has 1 labelled article(s); at least 10 are needed", problem);
        Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train(articles, new TrainingOptions { Folds = 5 }));
    }

    [Fact]
    public void An_analysts_own_tags_are_learned_too()
    {
        var articles = Samples.Articles(45).Select(a => a with
        {
            Tags = a.Tags.Contains(Tag.Truce) ? new HashSet<Tag>(a.Tags) { new("de_escalation") } : a.Tags,
        }).ToList();
        var model = ClassifierTrainer.Train(articles, Samples.Options);
        Assert.Equal(["controls_tightened", "truce", "concession", "de_escalation"], model.Labels.Select(t => t.Name));
    }

    [Fact]
    public void Classifies_new_text_and_points_at_the_sentence_that_carries_the_tag()
    {
        var input = new ClassifierInput("n-1", "Market wrap",
            "Prices for neodymium oxide were little changed in thin trading. The ministry imposed new export controls on gallium and germanium. " +
            "Shares of rare-earth producers rose modestly on Tuesday.");
        var result = Samples.Model.Classify(input);
        var controls = Assert.Single(result.Assigned);
        Assert.Equal(Tag.ControlsTightened, controls.Tag);
        Assert.Equal("The ministry imposed new export controls on gallium and germanium.", controls.Evidence[0]);
        Assert.InRange(controls.Evidence.Count, 1, ClassifierModel.MaxEvidence);
        Assert.All(result.Scores.Where(s => !s.Assigned), s => Assert.Empty(s.Evidence));
    }

    [Fact]
    public void Neutral_text_gets_no_tag()
    {
        var result = Samples.Model.Classify(new ClassifierInput("n-2", "", "Freight rates across the Pacific eased slightly. A new mine in Australia began commercial production."));
        Assert.Empty(result.Assigned);
    }
}
