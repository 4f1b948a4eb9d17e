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
        var labels = new Option<string[]>("--labels") { Description = "Label CSV (article_id,tags), or a folder of them. Default: the labels kept in the store.", HelpName = "FILE" };
        var articles = new Option<string[]>("--articles") { Description = "Articles as JSON Lines (the import format), or a folder of *.jsonl; may be repeated. Ids not found there are looked up in the store.", HelpName = "FILE" };
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
            var classifier = ModelPaths.Load(context, parse.GetValue(model));
            var labelled = LabelledData.Load(parse, context, parse.GetValue(labels) ?? [], parse.GetValue(articles) ?? [], classifier.Labels.ToHashSet());
            if (labelled.Count == 0) throw new CliException("no labelled article to evaluate on.");
            var predicted = new IReadOnlySet<Tag>[labelled.Count];
            Parallel.For(0, labelled.Count, i =>
            {
                var p = classifier.Probabilities(labelled[i].Article);
                predicted[i] = classifier.Tags.Where((t, k) => p[k] >= t.Threshold).Select(t => t.Tag).ToHashSet();
            });
            var report = Evaluation.Compute(classifier.Labels, labelled.Select(a => a.Tags).ToList(), predicted);
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
            context.Out.WriteLine($"Model {classifier.Version} on {report.Articles} labelled articles:");
            MetricsText.Write(context, report);
            return ExitCodes.Ok;
        });
        return command;
    }
}
