using NewsCorrelate.Classification;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Volumes;

namespace NewsCorrelate;

/// <summary>The composition root: wires the pure stages (figure reading, change detection, correlation) to one
/// store. CLI verbs and web endpoints call this and nothing deeper. Not thread-safe beyond what the store is;
/// cheap to create per request.</summary>
public sealed class Engine(ArticleStore store)
{
    public ArticleStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Stored series definitions, plus a plain definition for any series that has points but none.</summary>
    public IReadOnlyList<SeriesDefinition> Series()
    {
        var defined = Store.SeriesDefinitions().ToList();
        var names = defined.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Store.VolumePoints().Where(p => names.Add(p.Series)))
            defined.Add(new SeriesDefinition(p.Series, "", p.Unit, []));
        return defined;
    }

    public Explainer Explainer(CorrelationOptions? options = null)
    {
        var series = Series();
        return new Explainer(series, Store.VolumePoints(), Store, new Correlator(new FigureExtractor(series), options));
    }

    public QuestionParser Questions() => new(Series());

    /// <summary>Classifies the articles no model has classified yet (all with <paramref name="all"/>) and stores their tags with
    /// probability, evidence and the model version, in batches (each batch one transaction); memory stays flat.</summary>
    /// <param name="progress">Called with the number of articles classified so far.</param>
    public TagRun Tag(ClassifierModel model, bool all, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        IEnumerable<Article> articles = all ? Store.AllArticles() : Store.UnclassifiedArticleIds().Select(Store.Get).OfType<Article>();
        var counts = model.Labels.ToDictionary(t => t, _ => 0);
        int classified = 0, none = 0;
        var pending = new List<(ArticleId, IReadOnlyList<TagAssignment>)>();
        foreach (var (article, result) in StreamingClassifier.Classify(articles, a => new ClassifierInput(a.Id.Value, a.Title, a.Text), model))
        {
            var tags = result!.ToAssignments(model.Version);
            pending.Add((article.Id, tags));
            classified++;
            if (tags.Count == 0) none++;
            foreach (var t in tags) counts[t.Tag]++;
            if (pending.Count >= StreamingClassifier.BatchSize)
            {
                Store.ReplaceTags(pending, model.Version);
                pending.Clear();
                progress?.Invoke(classified);
            }
        }
        Store.ReplaceTags(pending, model.Version);
        progress?.Invoke(classified);
        return new TagRun(model.Version, classified, none, counts);
    }

    /// <summary>Figures stated in stored articles that mention magnets, checked against the stored series.</summary>
    public IEnumerable<FigureCheck> Figures(string? series = null)
    {
        var extractor = new FigureExtractor(Series());
        var reconciler = new FigureReconciler(Store.VolumePoints());
        return Store.MatchingText("magnet*")
            .SelectMany(extractor.Extract)
            .Where(f => series is null || f.Series.Equals(series, StringComparison.OrdinalIgnoreCase))
            .Select(reconciler.Check);
    }

    /// <summary>Links every notable move of every series to its articles and stores the links (replacing the old
    /// ones of those moves), so <c>search linked:YYYY-MM</c> finds them.</summary>
    public CorrelationRun CorrelateNotableMoves(CorrelationOptions? options = null, Action<int, int>? progress = null)
    {
        var explainer = Explainer(options);
        var moves = explainer.Changes.Where(c => c.Notable).ToList();
        var links = 0;
        for (var i = 0; i < moves.Count; i++)
        {
            links += StoreLinks(explainer, moves[i].Series, moves[i].Month);
            progress?.Invoke(i + 1, moves.Count);
        }
        return new CorrelationRun(moves.Count, links);
    }

    /// <summary>Stores the links of one explained move; returns how many.</summary>
    public int StoreLinks(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var links = explanation.Drivers.Concat(explanation.CounterEvidence).SelectMany(e => e.Articles).Concat(explanation.Reports).ToList();
        Store.ReplaceLinks(explanation.Series.Name, explanation.Move.Month, links);
        return links.Count;
    }

    private int StoreLinks(Explainer explainer, string series, Month month) =>
        explainer.Explain(series, month) is { Success: true, Value: { } e } ? StoreLinks(e) : 0;
}
