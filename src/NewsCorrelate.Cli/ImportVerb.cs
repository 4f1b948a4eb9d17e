using System.CommandLine;
using NewsCorrelate.Domain;
using NewsCorrelate.Index.Import;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate import FILE...</c>: JSON Lines, .txt files and folders of them into the store.</summary>
internal sealed class ImportVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "JSON Lines files (.jsonl/.json: one article per line with id, url, source, title, published, text), .txt files (title = first line) or folders of them (recursive).",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Published date of .txt articles (YYYY-MM-DD or YYYY-MM). Default: a date in the file name.", HelpName = "DATE" };
        var source = new Option<string?>("--source") { Description = "Source of .txt articles (default: \"file\").", HelpName = "NAME" };
        var strict = new Option<bool>("--strict") { Description = "Abort with nothing written if any line is bad (default: import the good ones, list the bad)." };
        var json = CommonOptions.Json();
        var command = new Command("import",
            "Add or update articles in the store. Re-importing the same article is harmless: unchanged articles are skipped, changed ones updated.\n" +
            "Each rejected line is listed with file:line and the reason; exit code 1 when any was rejected.\n\n" +
            "Examples:\n" +
            "  newscorrelate import my-articles.jsonl\n" +
            "  newscorrelate import notes/briefing.txt --published 2025-11-20 --source \"desk notes\"\n" +
            "  newscorrelate import ./exports --strict --db ~/analysis.db --json")
        {
            files, published, source, strict, json,
        };
        command.SetAction(parse =>
        {
            PublishedDate? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!PublishedDate.TryParse(p, out var d)) throw CliException.Usage($"--published '{p}' is not a date; expected YYYY-MM-DD or YYYY-MM.");
                date = d;
            }
            var items = ArticleFileReader.ReadPaths(parse.GetValue(files)!, new TextImportOptions(date, parse.GetValue(source)));
            using var store = StoreOpener.Open(parse, context);
            var summary = ArticleImporter.Import(store, items, parse.GetValue(strict));
            if (parse.GetValue(json))
                JsonOutput.Write(context.Out, new
                {
                    store = store.Path,
                    summary.Added,
                    summary.Updated,
                    summary.Skipped,
                    summary.Rejected,
                    summary.Aborted,
                    rejections = summary.Rejections.Select(r => new { r.Location, r.Reason }),
                });
            else
                WriteText(context, summary, store.Path);
            return summary.Rejected > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(CliContext context, ImportSummary summary, string path)
    {
        foreach (var r in summary.Rejections)
            context.Error.WriteLine($"rejected {r.Location}: {r.Reason}");
        if (summary.Aborted)
        {
            context.Error.WriteLine($"--strict: {summary.Rejected} bad record(s); nothing was written to {path}.");
            return;
        }
        context.Out.WriteLine($"{summary.Added} added, {summary.Updated} updated, {summary.Skipped} skipped as duplicate, {summary.Rejected} rejected ({path})");
    }
}
