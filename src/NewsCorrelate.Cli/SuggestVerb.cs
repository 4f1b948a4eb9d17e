using System.CommandLine;
using System.Globalization;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate suggest</c>: the unlabelled articles the model is least sure about (uncertainty
/// sampling), whose labels would teach it most.</summary>
internal sealed class SuggestVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many articles to suggest.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var model = new Option<string?>("--model") { Description = "Model file. Default: $NEWSCORRELATE_MODEL, else the shipped model.", HelpName = "PATH" };
        var json = CommonOptions.Json();
        var command = new Command("suggest",
            "Suggest the articles to label next: those not yet labelled whose probability for some tag lies nearest that tag's threshold. " +
            "The retraining loop is: suggest, label, train, tag --all.\n\n" +
            "Examples:\n" +
            "  newscorrelate suggest --limit 20\n" +
            "  newscorrelate suggest --json")
        {
            limit, model, json,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(limit);
            if (n < 1) throw CliException.Usage($"--limit {n}: use 1 or more.");
            var classifier = ModelPaths.Load(context, parse.GetValue(model));
            using var store = StoreOpener.Open(parse, context);
            var labelled = store.AllLabels().Select(l => l.Id).ToHashSet();
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            var scored = store.AllArticles().Where(a => !labelled.Contains(a.Id))
                .Select(a => (a.Id.Value, classifier.Probabilities(new ClassifierInput(a.Id.Value, a.Title, a.Text))));
            var ranked = UncertaintySampling.MostUncertain(scored, classifier, n);
            foreach (var r in ranked) titles[r.Id] = store.Get(new ArticleId(r.Id))?.Title ?? "";
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, ranked.Select(r => new
                {
                    id = r.Id,
                    title = titles[r.Id],
                    uncertainty = Math.Round(r.Uncertainty, 4),
                    tag = r.MostUncertainTag.Name,
                    probability = Math.Round(r.Probability, 4),
                }));
                return ExitCodes.Ok;
            }
            if (ranked.Count == 0)
            {
                context.Out.WriteLine("Nothing to suggest: every article in the store is labelled.");
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Label these next (least certain first; model {classifier.Version}):");
            foreach (var r in ranked)
                context.Out.WriteLine($"  {r.Id}  {r.MostUncertainTag} p={r.Probability.ToString("0.00", CultureInfo.InvariantCulture)}  {titles[r.Id]}");
            context.Out.WriteLine("Then: newscorrelate label ID --tags \"a;b\" ... ; newscorrelate train --out my.ncm ; newscorrelate tag --all --model my.ncm");
            return ExitCodes.Ok;
        });
        return command;
    }
}
