using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

/// <summary>The streaming classifier: order, pass-through items, and how far it reads ahead.</summary>
public class StreamingClassifierTests
{
    [Fact]
    public void Results_come_in_input_order_and_equal_classifying_one_by_one()
    {
        var model = Samples.Model;
        // more than two batches, every seventh item passed through unclassified
        var items = Samples.Articles(2 * StreamingClassifier.BatchSize + 37).Select((a, i) => (Index: i, Article: i % 7 == 3 ? null : a.Article)).ToList();
        var results = StreamingClassifier.Classify(items, x => x.Article, model, maxParallelism: 2).ToList();
        Assert.Equal(items.Select(x => x.Index), results.Select(r => r.Item.Index));
        foreach (var (item, result) in results)
        {
            if (item.Article is null)
            {
                Assert.Null(result);
                continue;
            }
            var expected = model.Classify(item.Article);
            Assert.Equal(expected.Id, result!.Id);
            Assert.Equal(expected.Scores.Select(s => (s.Tag, s.Probability, s.Assigned)), result.Scores.Select(s => (s.Tag, s.Probability, s.Assigned)));
            Assert.Equal(expected.Scores.SelectMany(s => s.Evidence), result.Scores.SelectMany(s => s.Evidence));
        }
    }

    [Fact]
    public void It_reads_lazily_at_most_two_batches_ahead_of_the_results_it_yields()
    {
        var read = 0;
        IEnumerable<ClassifierInput> Items()
        {
            foreach (var a in Samples.Articles(40)) yield return a.Article;
            for (var i = 0; ; i++)
            {
                read++;
                yield return new ClassifierInput($"x{i}", "", "Officials met again.");
            }
        }
        var taken = StreamingClassifier.Classify(Items(), x => x, Samples.Model).Take(StreamingClassifier.BatchSize + 1).Count();
        Assert.Equal(StreamingClassifier.BatchSize + 1, taken);
        // the first result of the second batch is yielded once the third batch is read
        Assert.InRange(read + 40, 2 * StreamingClassifier.BatchSize, 3 * StreamingClassifier.BatchSize);
    }
}
