using NewsCorrelate.Domain;

namespace NewsCorrelate.Index.Import;

/// <summary>Loads the shipped corpus (a folder with <c>articles/*.jsonl</c>) into a store as team briefs. Idempotent:
/// loading twice changes nothing. This is the one place where the other shipped data (labels, volume series, the
/// shipped model's tags) is to be loaded too.</summary>
public static class CorpusLoader
{
    /// <param name="progress">Called with (articles handled, articles in the corpus).</param>
    public static ImportSummary Load(ArticleStore store, string corpusFolder, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articlesFolder = Path.Combine(corpusFolder, "articles");
        if (!Directory.Exists(articlesFolder))
            throw new DirectoryNotFoundException($"The shipped corpus is missing: no folder {articlesFolder}.");
        var files = Directory.GetFiles(articlesFolder, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        var total = files.Sum(f => File.ReadLines(f).Count(l => !string.IsNullOrWhiteSpace(l)));
        var items = files.SelectMany(f => ArticleFileReader.ReadJsonLines(f, ArticleOrigin.TeamBrief));
        var summary = ArticleImporter.Import(store, items, progress: n => progress?.Invoke(n, total));
        // Later issues load here, in this order: corpus/labels (SetLabels), corpus/volumes.csv and series.csv
        // (volume_points), then the shipped model's tags from models/ (ReplaceTags).
        store.SetSetting(ArticleStore.CorpusLoadedSetting, store.Timestamp());
        return summary;
    }
}
