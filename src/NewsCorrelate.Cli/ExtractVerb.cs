using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsCorrelate.Scraping.Extraction;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate extract FILE|DIR [--json]</c>: runs the article extractor offline on saved HTML files
/// (plain or gzip). One bad file is reported with its path and never stops the rest; exit code 1 when any file
/// could not be read, 0 otherwise (a page that is not an article is a result, not a failure).</summary>
internal sealed class ExtractVerb : IVerb
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Command Build(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "An HTML file (.html, .htm, optionally .gz) or a folder searched recursively for them." };
        var json = CommonOptions.Json();
        var command = new Command("extract",
            "Extract title, date, author, site, canonical URL, language and main text from saved HTML pages, offline.\n" +
            "Pages that are not articles (index, tag, search pages) are reported with the reason.\n\n" +
            "Examples:\n" +
            "  newscorrelate extract saved/story.html\n" +
            "  newscorrelate extract saved/ --json > articles.jsonl\n" +
            "  newscorrelate extract page.html.gz --json | jq -r .title");
        command.Arguments.Add(path);
        command.Options.Add(json);
        command.SetAction(parse => Run(context, parse.GetValue(path)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string path, bool json)
    {
        var files = FindFiles(path);
        var extractor = new ArticleExtractor();
        int articles = 0, refused = 0, unreadable = 0;
        foreach (var file in files)
        {
            var id = IdOf(file);
            string html;
            try
            {
                html = HtmlDecoding.Decode(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                unreadable++;
                context.Error.WriteLine($"error: {file}: cannot read: {e.Message}");
                if (json) WriteJson(context, new { id, path = file, error = "unreadable: " + e.Message });
                continue;
            }
            var result = extractor.Extract(html, null);
            if (result.Page is { } page)
            {
                articles++;
                if (json)
                    WriteJson(context, new
                    {
                        id,
                        title = page.Title,
                        published = page.Published?.ToString(),
                        text = page.Text,
                        author = page.Author,
                        siteName = page.SiteName,
                        canonicalUrl = page.CanonicalUrl,
                        originalUrl = page.OriginalUrl,
                        language = page.Language,
                    });
                else
                    context.Out.WriteLine($"{id}: {page.Title} | {page.Published?.ToString() ?? "no date"} | {page.Paragraphs.Count} paragraphs, {page.Text.Length} characters");
            }
            else
            {
                refused++;
                if (json) WriteJson(context, new { id, error = "not an article: " + result.Reason });
                else context.Out.WriteLine($"{id}: not an article: {result.Reason}");
            }
        }
        if (!json)
            context.Out.WriteLine($"{files.Count} file(s): {articles} article(s), {refused} not article(s), {unreadable} unreadable");
        return unreadable > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static List<string> FindFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new CliException($"{path}: no such file or folder");
        var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsHtmlFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new CliException($"{path}: no .html, .htm or .html.gz files in this folder");
        return files;
    }

    private static bool IsHtmlFile(string file)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        return name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal);
    }

    /// <summary>The file name without its extensions: "story.html.gz" gives "story".</summary>
    internal static string IdOf(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var ext in new[] { ".gz", ".html", ".htm" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        return name;
    }

    private static void WriteJson(CliContext context, object value) =>
        context.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
}
