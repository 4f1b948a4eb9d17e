using System.CommandLine;
using NewsCorrelate.Classification;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate tag</c>: classifies the store's articles that no model has classified yet (new, or whose
/// title or text changed; every article with <c>--all</c>) and records the assigned tags with probability, evidence
/// sentences and the model version.</summary>
internal sealed class TagVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var model = new Option<string?>("--model") { Description = "Model file. Default: $NEWSCORRELATE_MODEL, else the shipped model.", HelpName = "PATH" };
        var all = new Option<bool>("--all") { Description = "Re-tag every article (e.g. after retraining), replacing the tags of older models." };
        var json = CommonOptions.Json();
        var command = new Command("tag",
            "Tag the articles in the store with the classifier: those not classified yet (new, or whose title or text changed since), or all with --all. Each tag is stored with its probability, evidence sentences and the model version; an article given no tag is remembered as classified too.\n\n" +
            "Examples:\n" +
            "  newscorrelate tag\n" +
            "  newscorrelate tag --all --model models/classifier.ncm")
        {
            model, all, json,
        };
        command.SetAction(parse =>
        {
            var classifier = ModelPaths.Load(context, parse.GetValue(model));
            using var store = StoreOpener.Open(parse, context);
            var run = new Engine(store).Tag(classifier, parse.GetValue(all));
            var (classified, none, counts) = (run.Classified, run.WithoutTag, run.PerTag);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, new
                {
                    store = store.Path,
                    model = classifier.Version,
                    classified,
                    withoutTag = none,
                    tags = counts.Select(c => new { tag = c.Key.Name, count = c.Value }),
                });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine(classified == 0
                ? $"Nothing to tag in {store.Path}: every article has been classified (use --all to re-tag with this model)."
                : $"Tagged {classified} article(s) in {store.Path} with model {classifier.Version}: " +
                  string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")) + $"; {none} with no tag.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
