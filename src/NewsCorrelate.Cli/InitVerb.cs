using System.CommandLine;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate init</c>: create or upgrade a store, optionally filled with the shipped corpus.</summary>
internal sealed class InitVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var withCorpus = new Option<bool>("--with-corpus") { Description = "Also load the shipped corpus (safe to repeat: nothing is duplicated)." };
        var command = new Command("init",
            "Create the store (or upgrade an older one to the current schema). A store named with --db or $NEWSCORRELATE_DB starts empty; " +
            "--with-corpus fills it with the shipped articles.\n\n" +
            "Examples:\n" +
            "  newscorrelate init --db ~/analysis.db\n" +
            "  newscorrelate init --with-corpus --db ~/analysis.db")
        {
            withCorpus,
        };
        command.SetAction(parse =>
        {
            var (path, isDefault) = StoreOpener.Resolve(parse, context);
            var corpus = ShippedData.CorpusFolder(context);
            using var store = StoreOpener.Open(path, isDefault, corpus, context);
            if (parse.GetValue(withCorpus))
            {
                if (corpus is null) throw new CliException("the shipped corpus was not found (expected a corpus/ folder next to the program).");
                StoreOpener.LoadCorpus(store, corpus, context);
            }
            context.Out.WriteLine($"Store ready: {store.Path} (schema version {store.SchemaVersion}, {store.Count} articles)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
