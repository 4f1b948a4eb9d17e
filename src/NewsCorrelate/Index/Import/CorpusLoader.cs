using NewsCorrelate.Domain;
using NewsCorrelate.Classification;
using NewsCorrelate.Volumes;

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
        LoadVolumes(store, corpusFolder);
        LoadLabels(store, corpusFolder);
        store.SetSetting(ArticleStore.CorpusLoadedSetting, store.Timestamp());
        return summary;
    }

    /// <summary>Loads <c>labels.csv</c> as the store's labels, so retraining from the store's labels ("suggest, label,
    /// train") starts from the shipped labels plus the analyst's own. An analyst's label is never overwritten.</summary>
    private static void LoadLabels(ArticleStore store, string corpusFolder)
    {
        var file = Path.Combine(corpusFolder, "labels.csv");
        if (!File.Exists(file)) return;
        var read = LabelFile.Read(file);
        if (read.Errors.Count > 0) throw new InvalidDataException("The shipped labels are invalid: " + string.Join("; ", read.Errors));
        var labelled = store.AllLabels().Select(l => l.Id).ToHashSet();
        store.SetLabels(read.Rows.Where(r => !labelled.Contains(r.ArticleId)).Select(r => (r.ArticleId, (IReadOnlyCollection<Tag>)r.Tags)));
    }

    /// <summary>Loads <c>series.csv</c> and <c>volumes.csv</c> when present. The shipped files are ours: any bad row
    /// is a defect, reported with its line.</summary>
    private static void LoadVolumes(ArticleStore store, string corpusFolder)
    {
        var seriesFile = Path.Combine(corpusFolder, "series.csv");
        if (File.Exists(seriesFile))
        {
            var (series, errors) = SeriesCsvReader.ReadFile(seriesFile);
            if (errors.Count > 0) throw new InvalidDataException("The shipped series definitions are invalid: " + string.Join("; ", errors));
            store.ImportSeries(series);
        }
        var volumesFile = Path.Combine(corpusFolder, "volumes.csv");
        if (File.Exists(volumesFile))
        {
            var volumes = VolumeCsvReader.ReadFile(volumesFile);
            if (volumes.Errors.Count > 0) throw new InvalidDataException("The shipped volume series are invalid: " + string.Join("; ", volumes.Errors));
            store.ImportVolumes(volumes.Points);
        }
    }
}
