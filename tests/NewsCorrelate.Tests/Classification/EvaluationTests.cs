using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class EvaluationTests
{
    private static readonly Tag C = Tag.ControlsTightened, T = Tag.Truce;

    private static IReadOnlySet<Tag> Set(params Tag[] tags) => tags.ToHashSet();

    [Fact]
    public void Per_tag_micro_and_macro_figures_match_a_hand_computed_case()
    {
        // truth / predicted for 5 articles
        IReadOnlySet<Tag>[] truth = [Set(C), Set(C, T), Set(T), Set(), Set(C)];
        IReadOnlySet<Tag>[] predicted = [Set(C), Set(C), Set(C, T), Set(T), Set()];
        var r = Evaluation.Compute([C, T], truth, predicted);

        var c = r.PerTag[0]; // C: tp 2 (a0, a1), fp 1 (a2), fn 1 (a4)
        Assert.Equal((3, 2, 1, 1), (c.Support, c.TruePositives, c.FalsePositives, c.FalseNegatives));
        Assert.Equal(2.0 / 3, c.Precision, 10);
        Assert.Equal(2.0 / 3, c.Recall, 10);
        var t = r.PerTag[1]; // T: tp 1 (a2), fp 1 (a3), fn 1 (a1)
        Assert.Equal((2, 1, 1, 1), (t.Support, t.TruePositives, t.FalsePositives, t.FalseNegatives));
        Assert.Equal(0.5, t.F1, 10);
        // micro: tp 3, fp 2, fn 2
        Assert.Equal(3.0 / 5, r.MicroPrecision, 10);
        Assert.Equal(3.0 / 5, r.MicroF1, 10);
        Assert.Equal((2.0 / 3 + 0.5) / 2, r.MacroF1, 10);
    }

    [Fact]
    public void Confusions_count_wrong_tags_by_the_labels_they_replaced()
    {
        IReadOnlySet<Tag>[] truth = [Set(T), Set(T), Set(), Set(C)];
        IReadOnlySet<Tag>[] predicted = [Set(C), Set(C, T), Set(C), Set(C)];
        var r = Evaluation.Compute([C, T], truth, predicted);
        Assert.Equal([new TagConfusion("truce", C, 2), new TagConfusion(TagConfusion.None, C, 1)], r.Confusions);
    }

    [Fact]
    public void Nothing_predicted_gives_zero_precision_not_an_error()
    {
        var r = Evaluation.Compute([C], [Set(C)], [Set()]);
        Assert.Equal(0, r.PerTag[0].Precision);
        Assert.Equal(0, r.MacroF1);
    }
}
