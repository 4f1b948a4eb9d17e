using NewsCorrelate.Classification;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Bench;

/// <summary>The plain baseline the classifier is compared with: one-vs-rest multinomial naive Bayes (add-one
/// smoothing) over the same hashed feature counts and the same folds, deciding at posterior 0.5.</summary>
internal static class NaiveBayesBaseline
{
    /// <summary>Out-of-fold predictions of every article (folds as the trainer assigns them).</summary>
    public static EvaluationReport CrossValidate(IReadOnlyList<LabelledArticle> articles, IReadOnlyList<Tag> labels, TrainingOptions options)
    {
        var data = articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var featurizer = new Featurizer(options.Features);
        var counts = data.Select(a => featurizer.Count(a.Article.FullText)).ToArray();
        var fold = Folds.Assign(data, options.Folds);
        var predicted = data.Select(_ => (IReadOnlySet<Tag>)new HashSet<Tag>()).ToArray();
        for (var f = 0; f < options.Folds; f++)
        {
            var train = Enumerable.Range(0, data.Count).Where(i => fold[i] != f).ToList();
            var model = Fit(train.Select(i => (counts[i], data[i].Tags)).ToList(), labels);
            for (var i = 0; i < data.Count; i++)
                if (fold[i] == f)
                    predicted[i] = Predict(model, counts[i]);
        }
        return Evaluation.Compute(labels, data.Select(a => a.Tags).ToList(), predicted);
    }

    public sealed record Model(IReadOnlyList<Tag> Labels, Dictionary<int, double>[] LogPositive, Dictionary<int, double>[] LogNegative,
        double[] UnseenPositive, double[] UnseenNegative, double[] Prior);

    public static Model Fit(IReadOnlyList<(SparseVector Counts, IReadOnlySet<Tag> Tags)> train, IReadOnlyList<Tag> labels)
    {
        var vocabulary = train.SelectMany(t => t.Counts.Indices).Distinct().Count();
        var logPos = new Dictionary<int, double>[labels.Count];
        var logNeg = new Dictionary<int, double>[labels.Count];
        var unseenPos = new double[labels.Count];
        var unseenNeg = new double[labels.Count];
        var prior = new double[labels.Count];
        for (var t = 0; t < labels.Count; t++)
        {
            var pos = new Dictionary<int, double>();
            var neg = new Dictionary<int, double>();
            double posTotal = 0, negTotal = 0;
            var positives = 0;
            foreach (var (v, tags) in train)
            {
                var isPos = tags.Contains(labels[t]);
                if (isPos) positives++;
                var target = isPos ? pos : neg;
                for (var k = 0; k < v.Count; k++)
                {
                    target[v.Indices[k]] = target.GetValueOrDefault(v.Indices[k]) + v.Values[k];
                    if (isPos) posTotal += v.Values[k]; else negTotal += v.Values[k];
                }
            }
            unseenPos[t] = Math.Log(1.0 / (posTotal + vocabulary));
            unseenNeg[t] = Math.Log(1.0 / (negTotal + vocabulary));
            logPos[t] = pos.ToDictionary(e => e.Key, e => Math.Log((e.Value + 1) / (posTotal + vocabulary)));
            logNeg[t] = neg.ToDictionary(e => e.Key, e => Math.Log((e.Value + 1) / (negTotal + vocabulary)));
            prior[t] = Math.Log((positives + 1.0) / (train.Count - positives + 1.0));
        }
        return new Model(labels, logPos, logNeg, unseenPos, unseenNeg, prior);
    }

    public static IReadOnlySet<Tag> Predict(Model model, SparseVector counts)
    {
        var result = new HashSet<Tag>();
        for (var t = 0; t < model.Labels.Count; t++)
        {
            var logOdds = model.Prior[t];
            for (var k = 0; k < counts.Count; k++)
            {
                var j = counts.Indices[k];
                logOdds += counts.Values[k] * (model.LogPositive[t].GetValueOrDefault(j, model.UnseenPositive[t]) - model.LogNegative[t].GetValueOrDefault(j, model.UnseenNegative[t]));
            }
            if (logOdds > 0) result.Add(model.Labels[t]);
        }
        return result;
    }
}
