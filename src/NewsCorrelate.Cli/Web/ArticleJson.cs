using NewsCorrelate.Classification;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Cli.Web;

/// <summary>JSON shape of <c>/api/articles/{id}</c>: the article with its tags (probability, evidence, model), the
/// analyst's labels (null when never labelled), the moves it was linked to and the tags a label may use.</summary>
internal static class ArticleJson
{
    public static object Of(Article a, WebState s)
    {
        var labels = s.Store.AllLabels().Where(l => l.Id == a.Id).Select(l => l.Tags).FirstOrDefault();
        return new
        {
            id = a.Id.Value,
            title = a.Title,
            source = a.Source,
            published = a.Published.ToString(),
            month = a.Month.ToString(),
            url = a.Url,
            text = a.Text,
            tags = s.Store.GetTags(a.Id).Select(t => new
            {
                tag = t.Tag.Name,
                probability = Math.Round(t.Probability, 4),
                assigned = true,   // the store keeps only the tags the classifier assigned
                evidence = t.Evidence,
                model = t.ModelVersion,
            }),
            labels = labels?.Select(t => t.Name),
            links = s.Store.LinksOf(a.Id).Select(l => new { series = l.Series, month = l.Month.ToString(), role = l.Role, score = Math.Round(l.Score, 4) }),
            knownTags = KnownTags(s),
        };
    }

    /// <summary>The well-known tags, the current model's and every tag already used in a label, sorted.</summary>
    public static IReadOnlyList<string> KnownTags(WebState s)
    {
        var names = Tag.WellKnown.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (s.Training.CurrentModel() is { } model) names.UnionWith(model.Labels.Select(t => t.Name));
        foreach (var (_, tags) in s.Store.AllLabels()) names.UnionWith(tags.Select(t => t.Name));
        return [.. names.Order(StringComparer.Ordinal)];
    }
}
