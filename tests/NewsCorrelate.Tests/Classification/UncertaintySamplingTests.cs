using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class UncertaintySamplingTests
{
    [Fact]
    public void Uncertainty_is_one_on_the_threshold_and_zero_at_the_extremes()
    {
        Assert.Equal(1, UncertaintySampling.Uncertainty(0.3, 0.3));
        Assert.Equal(0, UncertaintySampling.Uncertainty(1.0, 0.3));
        Assert.Equal(0, UncertaintySampling.Uncertainty(0.0, 0.3));
        Assert.Equal(0.5, UncertaintySampling.Uncertainty(0.65, 0.3), 10); // halfway up the 0.7 of room above
        Assert.Equal(0.5, UncertaintySampling.Uncertainty(0.15, 0.3), 10); // halfway down the 0.3 below
    }

    [Fact]
    public void Ranks_the_articles_nearest_a_threshold_first_and_keeps_only_the_limit()
    {
        var model = Samples.Model;
        var thresholds = model.Tags.Select(t => t.Threshold).ToArray();
        double[] Sure() => thresholds.Select(_ => 0.0).ToArray();
        var onEdge = Sure();
        onEdge[1] = thresholds[1];
        var near = Sure();
        near[2] = thresholds[2] + 0.05;
        var scored = new[] { ("sure", Sure()), ("near", near), ("edge", onEdge), ("sure2", Sure()) };
        var ranked = UncertaintySampling.MostUncertain(scored, model, 2);
        Assert.Equal(["edge", "near"], ranked.Select(r => r.Id));
        Assert.Equal(model.Tags[1].Tag, ranked[0].MostUncertainTag);
        Assert.Equal(1, ranked[0].Uncertainty);
    }

    [Fact]
    public void Ties_go_to_the_smaller_id()
    {
        var model = Samples.Model;
        var p = model.Tags.Select(t => t.Threshold).ToArray();
        var ranked = UncertaintySampling.MostUncertain([("b", p), ("c", p), ("a", p)], model, 2);
        Assert.Equal(["a", "b"], ranked.Select(r => r.Id));
    }
}
