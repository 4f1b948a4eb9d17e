using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class LearningTests
{
    private static SparseVector V(params (int Index, float Value)[] entries) => new(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Value).ToArray());

    /// <summary>Rows in which each feature is present with the given probability, at a uniform random value.</summary>
    private static List<SparseVector> RandomRows(Random random, int count, int dimensions, double density) =>
        Enumerable.Range(0, count).Select(_ =>
        {
            var indices = Enumerable.Range(0, dimensions).Where(_ => random.NextDouble() < density).ToArray();
            return new SparseVector(indices, indices.Select(_ => (float)random.NextDouble()).ToArray());
        }).ToList();

    [Fact]
    public void Logistic_regression_separates_a_separable_set_and_is_repeatable()
    {
        SparseVector[] x = [V((0, 1)), V((0, 0.8f), (2, 0.6f)), V((1, 1)), V((1, 0.6f), (2, 0.8f))];
        bool[] y = [true, true, false, false];
        var a = LogisticRegression.Fit(x, y, 3, 10);
        var b = LogisticRegression.Fit(x, y, 3, 10);
        Assert.All(x.Zip(y), p => Assert.Equal(p.Second, a.Score(p.First) > 0));
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Bias, b.Bias);
    }

    [Fact]
    public void Labels_fitted_together_get_the_models_they_get_alone()
    {
        // six labels: more than one vector of lanes, so a feature's lanes spill into its neighbour's; rows whose features
        // are adjacent must not leak into each other's labels
        var random = new Random(5);
        const int dimensions = 40;
        var x = RandomRows(random, 300, dimensions, 0.2);
        var labels = Enumerable.Range(0, 6).Select(t => x.Select(r => r.Indices.Contains(t * 3) ^ (random.NextDouble() < 0.1)).ToArray()).ToList();
        var together = LogisticRegression.FitAll(x, labels, dimensions, 5, tolerance: 1e-7, maxIterations: 1000);
        for (var t = 0; t < labels.Count; t++)
        {
            var alone = LogisticRegression.FitAll(x, [labels[t]], dimensions, 5, tolerance: 1e-7, maxIterations: 1000)[0];
            Assert.All(x, row => Assert.Equal(LogisticRegression.Sigmoid(alone.Score(row)), LogisticRegression.Sigmoid(together[t].Score(row)), 1e-4));
            Assert.True(together[t].Weights[t * 3] > 1, $"label {t} learns its own feature");
        }
    }

    [Fact]
    public void A_warm_start_reaches_the_same_optimum_and_its_tolerance_is_measured_from_zero()
    {
        var random = new Random(11);
        const int dimensions = 30;
        var x = RandomRows(random, 200, dimensions, 0.3);
        bool[][] labels = [[.. x.Select(r => r.Indices.Contains(2) ^ (random.NextDouble() < 0.1))], [.. x.Select(r => r.Indices.Contains(7))]];
        var cold = LogisticRegression.FitAll(x, labels, dimensions, 5, tolerance: 1e-9, maxIterations: 1000);
        // from another problem's solution (the labels swapped), to the same optimum
        var warm = LogisticRegression.FitAll(x, labels, dimensions, 5, tolerance: 1e-9, maxIterations: 1000, start: [cold[1], cold[0]]);
        for (var t = 0; t < 2; t++)
            Assert.All(x, row => Assert.Equal(cold[t].Score(row), warm[t].Score(row), 1e-3));
        // started at a solution that meets the tolerance (measured from zero), the fit has nothing left to do; measured
        // from its own start it would go on
        var loose = LogisticRegression.FitAll(x, labels, dimensions, 5, tolerance: 1e-2);
        var again = LogisticRegression.FitAll(x, labels, dimensions, 5, tolerance: 1e-2, start: loose);
        Assert.Equal(loose.Select(s => s.Weights), again.Select(s => s.Weights));
        Assert.Throws<ArgumentException>(() => LogisticRegression.FitAll(x, labels, dimensions, 5, start: [cold[0]]));
    }

    [Fact]
    public void A_feature_index_outside_the_dimensions_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([V((0, 1)), V((3, 1))], [true, false], 3, 1));
        Assert.Contains("outside [0, 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stronger_regularisation_gives_smaller_weights()
    {
        SparseVector[] x = [V((0, 1)), V((1, 1)), V((0, 1)), V((1, 1))];
        bool[] y = [true, false, true, false];
        var weak = LogisticRegression.Fit(x, y, 2, 100);
        var strong = LogisticRegression.Fit(x, y, 2, 0.1);
        Assert.True(Math.Abs(strong.Weights[0]) < Math.Abs(weak.Weights[0]));
    }

    [Fact]
    public void Platt_scaling_is_increasing_and_tracks_the_observed_rate()
    {
        double[] scores = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4];
        bool[] labels = [false, false, false, true, false, true, true, true, true, true];
        // short articles: the whole article is its only passage, so both scores are equal
        var platt = PlattScaling.Fit(scores.Select(s => (s, s)).ToList(), labels);
        Assert.True(platt.A + platt.P > 0);
        Assert.True(platt.Probability(-3, -3) < 0.2);
        Assert.True(platt.Probability(3, 3) > 0.8);
    }

    [Fact]
    public void Platt_scaling_trusts_the_score_that_separates_the_labels()
    {
        // the passage score follows the label, the whole-article score is noise around zero
        var labels = Enumerable.Range(0, 40).Select(i => i % 2 == 0).ToArray();
        var scores = labels.Select((y, i) => (Document: Math.Sin(i * 1.7), Passage: (y ? 1.5 : -1.5) + Math.Cos(i * 0.9))).ToList();
        var platt = PlattScaling.Fit(scores, labels);
        Assert.True(platt.P > 3 * Math.Abs(platt.A), $"A {platt.A}, P {platt.P}");
    }

    [Fact]
    public void Threshold_maximises_F1_within_its_bounds()
    {
        double[] p = [0.1, 0.3, 0.35, 0.6, 0.7, 0.9];
        bool[] y = [false, false, true, true, true, true];
        var t = ThresholdChooser.Choose(p, y);
        Assert.InRange(t, 0.3 + 1e-9, 0.35); // everything from 0.35 up, nothing below
        Assert.InRange(ThresholdChooser.Choose([0.01, 0.02, 0.03], [true, false, true]), ThresholdChooser.Lowest, ThresholdChooser.Highest);
    }
}
