using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Computes an <see cref="EvaluationReport"/> from labelled and predicted tag sets. Pure.</summary>
public static class Evaluation
{
    /// <param name="labels">The tags to score, in report order.</param>
    /// <param name="truth">Each article's labelled tags.</param>
    /// <param name="predicted">Each article's predicted tags, same order as <paramref name="truth"/>.</param>
    public static EvaluationReport Compute(IReadOnlyList<Tag> labels, IReadOnlyList<IReadOnlySet<Tag>> truth, IReadOnlyList<IReadOnlySet<Tag>> predicted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count) throw new ArgumentException("One prediction per labelled article.", nameof(predicted));
        var perTag = new List<TagMetrics>();
        foreach (var tag in labels)
        {
            int support = 0, tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < truth.Count; i++)
            {
                var t = truth[i].Contains(tag);
                var p = predicted[i].Contains(tag);
                if (t) support++;
                if (t && p) tp++;
                else if (p) fp++;
                else if (t) fn++;
            }
            perTag.Add(new TagMetrics(tag, support, tp, fp, fn));
        }
        var confusions = new List<TagConfusion>();
        var rows = labels.Select(l => l.Name).Append(TagConfusion.None).ToList();
        foreach (var row in rows)
            foreach (var wrong in labels)
            {
                if (wrong.Name == row) continue;
                var count = 0;
                for (var i = 0; i < truth.Count; i++)
                {
                    var labelled = row == TagConfusion.None ? truth[i].Count == 0 : truth[i].Contains(new Tag(row));
                    if (labelled && !truth[i].Contains(wrong) && predicted[i].Contains(wrong)) count++;
                }
                if (count > 0) confusions.Add(new TagConfusion(row, wrong, count));
            }
        confusions.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count)
            : string.CompareOrdinal(a.Labelled + "\0" + a.Predicted.Name, b.Labelled + "\0" + b.Predicted.Name));
        return new EvaluationReport(truth.Count, perTag, confusions);
    }
}
