using System.CommandLine;
using System.Globalization;
using NewsCorrelate.Classification;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate classify</c>: tags, probabilities and evidence sentences for articles in a JSON Lines
/// file (streamed: memory stays flat, two or more cores, output in input order) or for one text.</summary>
internal sealed class ClassifyVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var input = new Option<string?>("--input") { Description = "Articles as JSON Lines (the import format: id, title, text, ...; other fields ignored). '-' reads standard input.", HelpName = "FILE.jsonl" };
        var text = new Option<string?>("--text") { Description = "Classify this text (an article body, optionally starting with its headline line).", HelpName = "TEXT" };
        var model = new Option<string?>("--model") { Description = "Model file. Default: $NEWSCORRELATE_MODEL, else the shipped model.", HelpName = "PATH" };
        var json = CommonOptions.Json();
        var command = new Command("classify",
            "Tag articles with the trained classifier: every tag's calibrated probability, the assigned tags and, for each, the sentences that carry it.\n\n" +
            "Examples:\n" +
            "  newscorrelate classify --text \"Beijing suspended the October export controls for a year.\"\n" +
            "  newscorrelate classify --input new-articles.jsonl --json > tagged.jsonl\n" +
            "  newscorrelate classify --input new-articles.jsonl --model my.ncm")
        {
            input, text, model, json,
        };
        command.SetAction(parse =>
        {
            var inputPath = parse.GetValue(input);
            var textValue = parse.GetValue(text);
            if ((inputPath is null) == (textValue is null)) throw CliException.Usage("give either --input FILE.jsonl or --text TEXT.");
            var classifier = ModelPaths.Load(context, parse.GetValue(model));
            var asJson = parse.GetValue(json);
            if (textValue is not null)
            {
                Write(context, classifier, classifier.Classify(new ClassifierInput("text", "", textValue)), asJson);
                return ExitCodes.Ok;
            }
            if (inputPath != "-" && !File.Exists(inputPath)) throw new CliException($"{inputPath}: no such file.");
            using var reader = inputPath == "-" ? Console.In : new StreamReader(inputPath!);
            var skipped = 0;
            var count = 0;
            var records = ArticleJsonl.Read(reader, inputPath == "-" ? "<stdin>" : inputPath!);
            foreach (var (record, result) in StreamingClassifier.Classify(records, r => r.Article, classifier))
            {
                if (result is not null) { Write(context, classifier, result, asJson); count++; }
                else { context.Error.WriteLine($"skipped {record.File}:{record.Line}: {record.Error}"); skipped++; }
            }
            if (!asJson) context.Out.WriteLine($"{count} article(s) classified with model {classifier.Version}" + (skipped > 0 ? $"; {skipped} line(s) skipped." : "."));
            return skipped > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, ClassifierModel model, ArticleClassification result, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(ModelJson.Classification(result, model.Version));
            return;
        }
        var assigned = result.Assigned.ToList();
        var scores = string.Join("  ", result.Scores.Select(s => $"{s.Tag} {s.Probability.ToString("0.00", CultureInfo.InvariantCulture)}"));
        context.Out.WriteLine($"{result.Id}: {(assigned.Count == 0 ? "no tag" : string.Join(", ", assigned.Select(s => s.Tag.Name)))}   ({scores})");
        foreach (var s in assigned)
            foreach (var e in s.Evidence)
                context.Out.WriteLine($"  {s.Tag}: \"{e}\"");
    }
}
