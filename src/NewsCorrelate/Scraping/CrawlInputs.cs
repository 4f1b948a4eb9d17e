namespace NewsCorrelate.Scraping;

/// <summary>Turns what the user typed into start URLs: http(s) URLs (pages, feeds, sitemaps), saved pages and
/// feeds on disk (.html, .htm, .xhtml, .xml, .rss, .atom, also gzipped as .html.gz; or file:// URLs), folders of saved pages, and list files
/// (any other file: one URL or path per line, <c>#</c> comments, paths relative to the list). Bad entries are
/// reported as "where: what was wrong" (file:line for list files), never thrown.</summary>
public static class CrawlInputs
{
    private static readonly HashSet<string> SavedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom" };

    /// <summary>The start URLs, in order without repeats; <paramref name="errors"/> lists the entries that could not be used.</summary>
    public static IReadOnlyList<Uri> Resolve(IEnumerable<string> inputs, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var urls = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        void Add(Uri url)
        {
            if (seen.Add(url.AbsoluteUri)) urls.Add(url);
        }
        foreach (var input in inputs)
        {
            var entry = input.Trim();
            if (TryEntry(entry, Environment.CurrentDirectory, Add, out var problem))
            {
                if (problem is not null) problems.Add(problem);
                continue;
            }
            var listFile = Path.GetFullPath(entry);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(listFile))
            {
                lineNumber++;
                var text = line.Trim();
                if (text.Length == 0 || text.StartsWith('#')) continue;
                if (!TryEntry(text, Path.GetDirectoryName(listFile)!, Add, out var lineProblem))
                    problems.Add($"{entry}:{lineNumber}: '{text}' is a list file; lists cannot name other lists");
                else if (lineProblem is not null)
                    problems.Add($"{entry}:{lineNumber}: {lineProblem}");
            }
        }
        errors = problems;
        return urls;
    }

    /// <summary>A saved page or feed: .html, .htm, .xhtml, .xml, .rss, .atom, optionally gzipped (.html.gz).</summary>
    private static bool IsSaved(string path) =>
        SavedExtensions.Contains(Path.GetExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path));

    /// <summary>Handles a URL, saved file or folder (true; <paramref name="problem"/> says why when it was not
    /// usable). False when <paramref name="entry"/> is a list file.</summary>
    private static bool TryEntry(string entry, string folder, Action<Uri> add, out string? problem)
    {
        problem = null;
        if (entry.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || entry.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (UrlNormalizer.Normalize(entry) is { } url) add(url);
            else problem = $"'{entry}' is not a valid URL";
            return true;
        }
        var path = entry.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(entry, UriKind.Absolute, out var fileUrl)
            ? fileUrl.LocalPath
            : Path.GetFullPath(Path.Combine(folder, entry));
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsSaved).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) problem = $"folder '{entry}' holds no saved pages (.html, .htm, .xml...)";
            foreach (var file in files) add(new Uri(file));
            return true;
        }
        if (File.Exists(path) && IsSaved(path))
        {
            add(new Uri(path));
            return true;
        }
        if (File.Exists(path)) return false; // a list file
        problem = $"'{entry}' is neither an http(s) URL nor an existing file or folder";
        return true;
    }
}
