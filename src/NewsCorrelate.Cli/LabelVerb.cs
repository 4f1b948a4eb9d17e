using System.CommandLine;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate label ID --tags a;b</c>: records an analyst's labels for an article in the store (used by
/// <c>train</c> when no label file is given, and exported by <c>labels export</c>).</summary>
internal sealed class LabelVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The article's id in the store." };
        var tags = new Option<string>("--tags") { Description = "Its tags, separated by ';' (\"\" = none of them).", Required = true, HelpName = "a;b" };
        var command = new Command("label",
            "Label an article in the store with the tags an analyst gives it (replacing its earlier labels). An empty --tags records \"none\".\n\n" +
            "Examples:\n" +
            "  newscorrelate label ncb-202511-12 --tags \"concession\"\n" +
            "  newscorrelate label u-3f2a9c0d1e2b4a5c --tags \"truce;concession\"\n" +
            "  newscorrelate label h-0d41add00f2eb98e --tags \"\"")
        {
            id, tags,
        };
        command.SetAction(parse =>
        {
            var idText = parse.GetValue(id)!;
            if (!ArticleId.IsValid(idText)) throw new CliException($"'{idText}' is not a valid article id.");
            var parsed = new List<Tag>();
            foreach (var part in parse.GetValue(tags)!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                parsed.Add(Tag.TryParse(part, out var tag) ? tag : throw new CliException($"'{part}' is not a valid tag name: use lower-case letters, digits and underscores, separated by ';'."));
            using var store = StoreOpener.Open(parse, context);
            try
            {
                store.SetLabels(new ArticleId(idText), parsed);
            }
            catch (KeyNotFoundException)
            {
                throw new CliException($"no article with id '{idText}' in {store.Path}.");
            }
            context.Out.WriteLine($"Labelled {idText}: {(parsed.Count == 0 ? "none" : string.Join(";", parsed.Distinct()))}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
