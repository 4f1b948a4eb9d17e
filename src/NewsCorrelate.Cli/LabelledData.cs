using System.CommandLine;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;

namespace NewsCorrelate.Cli;

/// <summary>The labelled articles of <c>train</c> and <c>evaluate</c>: labels from <c>--labels</c> files, else the
/// analyst's labels kept in the store (<c>newscorrelate label</c>); articles from <c>--articles</c> files, else from the
/// store. With <c>--articles</c>, ids missing from the files are looked up in the store only when one is named
/// (<c>--db</c> or <c>$NEWSCORRELATE_DB</c>), so a file-only run never creates or fills the per-user store.</summary>
internal static class LabelledData
{
    public const string StoreLabels = "store labels";

    /// <summary>Loads and joins; stops with every problem named by file and line.</summary>
    public static IReadOnlyList<LabelledArticle> Load(ParseResult parse, CliContext context, string[] labelPaths, string[] articlePaths, IReadOnlySet<Tag>? knownTags)
    {
        ArticleStore? store = null;
        try
        {
            ArticleStore Store() => store ??= StoreOpener.Open(parse, context);
            (ClassifierInput, DateOnly?)? Lookup(ArticleId id) =>
                Store().Get(id) is { } a ? (new ClassifierInput(a.Id.Value, a.Title, a.Text), a.Published.Date) : null;
            var lookup = articlePaths.Length == 0 || !StoreOpener.Resolve(parse, context).IsDefault ? Lookup : (LabelledSet.ArticleLookup?)null;
            LabelledSetResult set;
            if (labelPaths.Length > 0)
            {
                set = LabelledSet.Load(labelPaths, articlePaths, knownTags, lookup);
            }
            else
            {
                var errors = new List<LineError>();
                var articles = LabelledSet.ReadArticles(articlePaths, errors);
                var rows = Store().AllLabels().Select((l, i) => (StoreLabels, new LabelRow(l.Id, l.Tags.ToHashSet(), i + 1)));
                var joined = LabelledSet.Join(rows, articles, knownTags, lookup);
                set = new LabelledSetResult(joined.Articles, [.. errors, .. joined.Errors]);
                if (set.Articles.Count == 0 && set.Errors.Count == 0)
                    throw new CliException($"no labels: give --labels FILE, or label articles in the store first ('newscorrelate label ID --tags a;b').");
            }
            if (set.Errors.Count > 0) throw new CliException(Describe(set.Errors));
            return set.Articles;
        }
        finally
        {
            store?.Dispose();
        }
    }

    public static string Describe(IReadOnlyList<LineError> errors)
    {
        const int shown = 20;
        var lines = errors.Take(shown).Select(e => "  " + e);
        var more = errors.Count > shown ? $"\n  ... and {errors.Count - shown} more" : "";
        return $"{errors.Count} problem(s) in the input:\n{string.Join("\n", lines)}{more}";
    }
}
