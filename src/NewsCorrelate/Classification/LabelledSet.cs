using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>Joins labels (from label files, <see cref="LabelFile"/>, or the store) with their articles (from JSON Lines
/// files, <see cref="ArticleJsonl"/>, or looked up in the store). A path may be a file or a folder (its <c>*.csv</c> /
/// <c>*.jsonl</c> files, in name order). Problems are values, each naming file and line: malformed rows, bad articles,
/// an article id defined twice, labels naming an article that is nowhere, or (when <c>knownTags</c> is given) a tag
/// outside that set.</summary>
public static class LabelledSet
{
    /// <summary>Looks an article up by id elsewhere (the store); null when it is not there.</summary>
    public delegate (ClassifierInput Article, DateOnly? Published)? ArticleLookup(ArticleId id);

    public static LabelledSetResult Load(IEnumerable<string> labelPaths, IEnumerable<string> articlePaths, IReadOnlySet<Tag>? knownTags = null, ArticleLookup? lookup = null)
    {
        ArgumentNullException.ThrowIfNull(labelPaths);
        ArgumentNullException.ThrowIfNull(articlePaths);
        var errors = new List<LineError>();
        var articles = ReadArticles(articlePaths, errors);
        var rows = new List<(string File, LabelRow Row)>();
        foreach (var file in Expand(labelPaths, "*.csv", errors))
        {
            var result = LabelFile.Read(file);
            errors.AddRange(result.Errors);
            rows.AddRange(result.Rows.Select(r => (file, r)));
        }
        var joined = Join(rows, articles, knownTags, lookup);
        return new LabelledSetResult(joined.Articles, [.. errors, .. joined.Errors]);
    }

    /// <summary>Joins label rows (each with the file it came from) to articles read from files or found by
    /// <paramref name="lookup"/>.</summary>
    public static LabelledSetResult Join(IEnumerable<(string File, LabelRow Row)> rows, IReadOnlyDictionary<string, (ClassifierInput Article, DateOnly? Published, string File, int Line)> articles,
        IReadOnlySet<Tag>? knownTags, ArticleLookup? lookup)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(articles);
        var errors = new List<LineError>();
        var labelled = new List<LabelledArticle>();
        var labelledAt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, row) in rows)
        {
            var id = row.ArticleId.Value;
            (ClassifierInput Article, DateOnly? Published)? found = articles.TryGetValue(id, out var a) ? (a.Article, a.Published) : lookup?.Invoke(row.ArticleId);
            if (found is not { } article)
            {
                var where = lookup is null ? "in none of the article files given" : "neither in the article files given nor in the store";
                errors.Add(new LineError(file, row.Line, $"unknown article id '{id}': it is {where}."));
                continue;
            }
            if (knownTags is not null && row.Tags.FirstOrDefault(t => !knownTags.Contains(t)) is { Name: not null } unknown)
            {
                errors.Add(new LineError(file, row.Line, $"unknown tag '{unknown}'; the model knows {string.Join(", ", knownTags.Select(t => t.Name))}."));
                continue;
            }
            if (labelledAt.TryGetValue(id, out var first))
            {
                errors.Add(new LineError(file, row.Line, $"article '{id}' is already labelled at {first}."));
                continue;
            }
            labelledAt[id] = $"{file}:{row.Line}";
            labelled.Add(new LabelledArticle(article.Article, row.Tags, article.Published));
        }
        return new LabelledSetResult(labelled, errors);
    }

    /// <summary>Reads every article of the given JSON Lines files (or folders), by id.</summary>
    public static Dictionary<string, (ClassifierInput Article, DateOnly? Published, string File, int Line)> ReadArticles(IEnumerable<string> articlePaths, List<LineError> errors)
    {
        ArgumentNullException.ThrowIfNull(articlePaths);
        ArgumentNullException.ThrowIfNull(errors);
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
        return articles;
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
