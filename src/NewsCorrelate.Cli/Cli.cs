using System.CommandLine;

namespace NewsCorrelate.Cli;

/// <summary>Builds the <c>newscorrelate</c> command tree from every <see cref="IVerb"/> and runs it with the
/// project's exit-code convention: 0 success, 1 bad input, 2 usage error.</summary>
internal static class Cli
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "NewsCorrelate: scrape trade news, tag policy events, and explain monthly moves in trade series.\n\n" +
            "Examples:\n" +
            "  newscorrelate ask \"what explained the November drop\"\n" +
            "  newscorrelate search \"licence approvals\" --month 2025-11\n" +
            "  newscorrelate import my-articles.jsonl --db ~/analysis.db");
        root.Options.Add(CommonOptions.Db);
        var verbs = typeof(Cli).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IVerb).IsAssignableFrom(t))
            .Select(t => (IVerb)Activator.CreateInstance(t)!)
            .Select(v => v.Build(context))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in verbs)
            root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine("Run 'newscorrelate --help' (or 'newscorrelate VERB --help') for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("cancelled");
            return 130;
        }
    }
}
