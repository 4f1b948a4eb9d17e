using System.CommandLine;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate evaluate</c>: precision, recall and F1 of an existing model on a labelled set
/// (held-out evaluation: use articles the model was not trained on).</summary>
internal sealed class EvaluateVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var labels = new Option<string[]>("--labels") { Description = "Label CSV (article_id,tags), or a folder of them.", Required = true, HelpName = "FILE" };
        var articles = new Option<string[]>("--articles") { Description = "Articles as JSON Lines (the import format), or a folder of *.jsonl; may be repeated.", HelpName = "FILE" };
        var model = new Option<string?>("--model") { Description = "Model file. Default: $NEWSCORRELATE_MODEL, else the shipped model.", HelpName = "PATH" };
        var json = CommonOptions.Json();
        var command = new Command("evaluate",
            "Measure an existing model on labelled articles it was not trained on: precision, recall and F1 per tag, micro and macro averages, and which tags it confuses.\n\n" +
            "Examples:\n" +
            "  newscorrelate evaluate --labels held-out.csv --articles held-out.jsonl\n" +
            "  newscorrelate evaluate --labels held-out.csv --articles held-out.jsonl --model my.ncm --json")
        {
            labels, articles, model, json,
        };
        command.SetAction(parse =>
        {
            var articlePaths = parse.GetValue(articles) ?? [];
            if (articlePaths.Length == 0)
                throw CliException.Usage("--articles is required for now: labels are matched against the articles in those files.");
            var classifier = ModelPaths.Load(context, parse.GetValue(model));
            var set = LabelledSet.Load(parse.GetValue(labels)!, articlePaths, classifier.Labels.ToHashSet());
            if (set.Errors.Count > 0) throw new CliException(TrainVerb.Describe(set.Errors));
            if (set.Articles.Count == 0) throw new CliException("no labelled article to evaluate on.");
            var predicted = new IReadOnlySet<Tag>[set.Articles.Count];
            Parallel.For(0, set.Articles.Count, i =>
            {
                var p = classifier.Probabilities(set.Articles[i].Article);
                predicted[i] = classifier.Tags.Where((t, k) => p[k] >= t.Threshold).Select(t => t.Tag).ToHashSet();
            });
            var report = Evaluation.Compute(classifier.Labels, set.Articles.Select(a => a.Tags).ToList(), predicted);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ModelJson.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("model", classifier.Version);
                    w.WritePropertyName("evaluation");
                    ReportJson.Write(w, report);
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }
            context.Console.WriteLine($"Model {classifier.Version} on {report.Articles} labelled articles:");
            MetricsText.Write(context.Console, report, "held-out evaluation");
            return ExitCodes.Ok;
        });
        return command;
    }
}
