using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Joins label files (<see cref="LabelFile"/>) with articles from JSON Lines files (<see cref="ArticleJsonl"/>).
/// A path may be a file or a folder (its <c>*.csv</c> / <c>*.jsonl</c> files, in name order). Problems are values,
/// each naming file and line: malformed rows, bad articles, an article id defined twice, labels naming an article
/// that is not there, or (when <c>knownTags</c> is given) a tag outside that set.</summary>
public static class LabelledSet
{
    public static LabelledSetResult Load(IEnumerable<string> labelPaths, IEnumerable<string> articlePaths, IReadOnlySet<Tag>? knownTags = null)
    {
        ArgumentNullException.ThrowIfNull(labelPaths);
        ArgumentNullException.ThrowIfNull(articlePaths);
        var errors = new List<LineError>();
        var articles = new Dictionary<string, (ClassifierInput Article, DateOnly? Published, string File, int Line)>(StringComparer.Ordinal);
        foreach (var file in Expand(articlePaths, "*.jsonl", errors))
        {
            using var reader = new StreamReader(file);
            foreach (var record in ArticleJsonl.Read(reader, file))
            {
                if (!record.Success) { errors.Add(new LineError(file, record.Line, record.Error!)); continue; }
                var id = record.Article!.Id;
                if (articles.TryGetValue(id, out var first))
                {
                    errors.Add(new LineError(file, record.Line, $"article '{id}' is already defined at {first.File}:{first.Line}."));
                    continue;
                }
                articles[id] = (record.Article, record.Published, file, record.Line);
            }
        }
        var labelled = new List<LabelledArticle>();
        var labelledAt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Expand(labelPaths, "*.csv", errors))
        {
            var result = LabelFile.Read(file);
            errors.AddRange(result.Errors);
            foreach (var row in result.Rows)
            {
                var id = row.ArticleId.Value;
                if (!articles.TryGetValue(id, out var article))
                {
                    errors.Add(new LineError(file, row.Line, $"unknown article id '{id}': it is in none of the article files given."));
                    continue;
                }
                if (knownTags is not null && row.Tags.FirstOrDefault(t => !knownTags.Contains(t)) is { Name: not null } unknown)
                {
                    errors.Add(new LineError(file, row.Line, $"unknown tag '{unknown}'; the model knows {string.Join(", ", knownTags.Select(t => t.Name))}."));
                    continue;
                }
                if (labelledAt.TryGetValue(id, out var where))
                {
                    errors.Add(new LineError(file, row.Line, $"article '{id}' is already labelled at {where}."));
                    continue;
                }
                labelledAt[id] = $"{file}:{row.Line}";
                labelled.Add(new LabelledArticle(article.Article, row.Tags, article.Published));
            }
        }
        return new LabelledSetResult(labelled, errors);
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, string pattern, List<LineError> errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal)) yield return f;
            }
            else if (File.Exists(path)) yield return path;
            else errors.Add(new LineError(path, 0, "no such file or folder."));
        }
    }
}
