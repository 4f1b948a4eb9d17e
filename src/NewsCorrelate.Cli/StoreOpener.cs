using System.CommandLine;
using NewsCorrelate.Classification;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Import;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary>Opens the store a verb works on: <c>--db PATH</c>, else <c>$NEWSCORRELATE_DB</c>, else the per-user store
/// (<c>LocalApplicationData/NewsCorrelate/newscorrelate.db</c>). Only the per-user store fills itself with the shipped
/// corpus on first use; a store named by --db or the variable starts empty. Every verb that needs the store calls
/// <see cref="Open(ParseResult, CliContext)"/>.</summary>
internal static class StoreOpener
{
    public const string EnvironmentVariable = "NEWSCORRELATE_DB";

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "NewsCorrelate", "newscorrelate.db");

    /// <summary>The store path and whether it is the per-user default.</summary>
    public static (string Path, bool IsDefault) Resolve(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(CommonOptions.Db) is { Length: > 0 } db) return (Expand(db), false);
        if (context.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env) return (Expand(env), false);
        return (DefaultPath, true);
    }

    public static ArticleStore Open(ParseResult parse, CliContext context)
    {
        var (path, isDefault) = Resolve(parse, context);
        return Open(path, isDefault, ShippedData.CorpusFolder(context), context);
    }

    /// <summary>Opens <paramref name="path"/>; when <paramref name="fillWithCorpus"/> and the corpus was never loaded
    /// into it, loads <paramref name="corpusFolder"/> with a progress bar on the status console.</summary>
    internal static ArticleStore Open(string path, bool fillWithCorpus, string? corpusFolder, CliContext context)
    {
        ArticleStore store;
        try { store = ArticleStore.Open(path, context.Time); }
        catch (StoreFormatException e) { throw new CliException(e.Message); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"cannot open the store {path}: {e.Message}");
        }
        if (fillWithCorpus && corpusFolder is not null && store.GetSetting(ArticleStore.CorpusLoadedSetting) is null)
        {
            try { LoadCorpus(store, corpusFolder, context); }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        return store;
    }

    /// <summary>Loads the shipped corpus into the store, showing progress when interactive.</summary>
    public static ImportSummary LoadCorpus(ArticleStore store, string corpusFolder, CliContext context)
    {
        context.StatusConsole.MarkupLine($"Loading the shipped corpus into [bold]{Markup.Escape(store.Path)}[/] ...");
        ImportSummary? summary = null;
        if (!context.Interactive)
        {
            summary = CorpusLoader.Load(store, corpusFolder);
        }
        else
        {
            context.StatusConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("corpus articles");
                summary = CorpusLoader.Load(store, corpusFolder, (done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                task.Value = task.MaxValue;
            });
        }
        context.StatusConsole.MarkupLine($"Corpus loaded: {summary!.Added} added, {summary.Updated} updated, {summary.Skipped} already there.");
        TagWithShippedModel(store, context);
        return summary;
    }

    /// <summary>Tags the untagged articles with the default model, so a new store answers at once. A missing model
    /// leaves the articles untagged (said on the status console); a broken one stops with its message.</summary>
    private static void TagWithShippedModel(ArticleStore store, CliContext context)
    {
        var path = ModelPaths.Default(context);
        if (!File.Exists(path))
        {
            context.StatusConsole.MarkupLine($"No model at {Markup.Escape(path)}: articles left untagged (run 'newscorrelate tag' with --model).");
            return;
        }
        var model = ModelPaths.Load(context, path);
        var engine = new Engine(store);
        TagRun? run = null;
        if (!context.Interactive)
            run = engine.Tag(model, all: false);
        else
            context.StatusConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("tagging");
                task.MaxValue = Math.Max(1, store.Count);
                run = engine.Tag(model, all: false, n => task.Value = n);
                task.Value = task.MaxValue;
            });
        context.StatusConsole.MarkupLine($"Tagged {run!.Classified} articles with model {Markup.Escape(run.ModelVersion)}.");
    }

    private static string Expand(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
}
