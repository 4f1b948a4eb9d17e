using System.CommandLine;
using System.Globalization;
using NewsCorrelate.Classification;
using Spectre.Console;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate train</c>: trains the tag classifier from a label file and article files, prints
/// cross-validated metrics and writes the model file.</summary>
internal sealed class TrainVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var labels = new Option<string[]>("--labels") { Description = "Label CSV (article_id,tags; tags separated by ';', empty = none), or a folder of them. Default: the labels kept in the store (newscorrelate label).", HelpName = "FILE" };
        var articles = new Option<string[]>("--articles") { Description = "Articles as JSON Lines (the import format), or a folder of *.jsonl; may be repeated. Labelled ids not found there are looked up in the store.", HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine("models", ModelPaths.FileName), HelpName = "PATH" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (2-20).", DefaultValueFactory = _ => 5, HelpName = "K" };
        var c = new Option<double>("--c") { Description = "Inverse L2 regularisation strength of the logistic regressions.", DefaultValueFactory = _ => new TrainingOptions().C };
        var trainedOn = new Option<string?>("--trained-on") { Description = "Training date recorded in the model (YYYY-MM-DD). Default: the newest article date, so the same data gives the same file.", HelpName = "DATE" };
        var chars = new Option<bool>("--char-ngrams") { Description = "Add character 3-5-grams inside words to the word uni- and bigrams (slower; see models/README.md)." };
        var passages = new Option<int>("--passage-words") { Description = "Also score articles longer than 1.5 times this many words passage by passage (a tag's score is the best of the whole article and its passages); 0 scores whole articles only.", DefaultValueFactory = _ => FeatureSettings.Default.PassageWords, HelpName = "N" };
        var noStemming = new Option<bool>("--no-stemming") { Description = "Use words as written instead of their stems (\"eased\" and \"easing\" become different features)." };
        var noConcepts = new Option<bool>("--no-concepts") { Description = "Leave out the concept features (the shipped lexicon of words and phrases that mean the same, and pairs of nearby concepts)." };
        var noAttribution = new Option<bool>("--no-attribution") { Description = "Leave out the attribution features (the concepts of a sentence that gives a cause for a move in the flow, or sets the move against a development with \"despite\", counted apart)." };
        var json = CommonOptions.Json();
        var command = new Command("train",
            "Train the tag classifier (TF-IDF word n-grams, optionally character n-grams; L2 logistic regression per tag, calibrated, thresholds from cross-validation) and print k-fold cross-validated precision, recall and F1.\n\n" +
            "Examples:\n" +
            "  newscorrelate train --labels corpus/labels.csv --articles corpus/articles --out models/classifier.ncm\n" +
            "  newscorrelate train --labels my-labels.csv --articles my-articles.jsonl --folds 10 --out my.ncm\n" +
            "  newscorrelate train --out my.ncm          (the labels kept in the store, on store articles)")
        {
            labels, articles, output, folds, c, trainedOn, chars, passages, noStemming, noConcepts, noAttribution, json,
        };
        command.SetAction(parse =>
        {
            var k = parse.GetValue(folds);
            if (k is < 2 or > 20) throw CliException.Usage($"--folds {k}: use 2 to 20.");
            var cValue = parse.GetValue(c);
            if (!(cValue > 0) || double.IsInfinity(cValue)) throw CliException.Usage($"--c {cValue}: use a positive number.");
            DateOnly? date = null;
            if (parse.GetValue(trainedOn) is { } d)
                date = DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed : throw CliException.Usage($"--trained-on '{d}': use YYYY-MM-DD.");
            var passageWords = parse.GetValue(passages);
            if (passageWords is not 0 and (< 20 or > 2000)) throw CliException.Usage($"--passage-words {passageWords}: use 0 (off) or 20 to 2000.");
            var features = parse.GetValue(chars) ? FeatureSettings.WithCharacterNgrams : FeatureSettings.Default;
            var options = new TrainingOptions { Folds = k, C = cValue, TrainedOn = date, Features = features.With(passageWords, !parse.GetValue(noStemming), parse.GetValue(noConcepts) ? ConceptLexicon.Empty : features.Concepts, !parse.GetValue(noAttribution)) };
            var labelled = LabelledData.Load(parse, context, parse.GetValue(labels) ?? [], parse.GetValue(articles) ?? [], null);
            var problems = ClassifierTrainer.Problems(labelled, options);
            if (problems.Count > 0)
                throw new CliException("cannot train:\n  " + string.Join("\n  ", problems));

            var model = Train(context, labelled, options);
            var path = parse.GetValue(output)!;
            ModelFile.SaveAsync(model, path, CancellationToken.None).GetAwaiter().GetResult();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ModelJson.Summary(model, path));
                return ExitCodes.Ok;
            }
            var positives = string.Join(", ", model.Labels.Select(t => $"{t} {labelled.Count(a => a.Tags.Contains(t))}"));
            context.Out.WriteLine($"Trained on {labelled.Count} articles ({positives}); {k}-fold cross-validated:");
            MetricsText.Write(context, model.Training.CrossValidated);
            context.Out.WriteLine($"Thresholds: {string.Join(", ", model.Tags.Select(t => $"{t.Tag} {t.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}"))}");
            context.Out.WriteLine($"Wrote {path} (version {model.Version}, {model.Vocabulary.Size} features).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ClassifierModel Train(CliContext context, IReadOnlyList<LabelledArticle> articles, TrainingOptions options)
    {
        if (!context.Interactive)
        {
            context.Error.WriteLine($"training on {articles.Count} articles with {options.Folds}-fold cross-validation...");
            return ClassifierTrainer.Train(articles, options);
        }
        ClassifierModel? model = null;
        context.StatusConsole.Progress().Start(ctx =>
        {
            var featurize = ctx.AddTask("featurizing", maxValue: articles.Count);
            var fit = ctx.AddTask("training folds", maxValue: 1);
            var progress = new ActionProgress<TrainingProgress>(p =>
            {
                var task = p.Stage == "featurizing" ? featurize : fit;
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            model = ClassifierTrainer.Train(articles, options, progress);
            featurize.Value = featurize.MaxValue;
            fit.Value = fit.MaxValue;
        });
        return model!;
    }
}
