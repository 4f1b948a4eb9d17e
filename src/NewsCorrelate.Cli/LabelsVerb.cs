using System.CommandLine;
using CsvHelper;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate labels export FILE</c>: writes the analyst's labels kept in the store as a label file
/// (<c>article_id,tags</c>), the format <c>train</c> and <c>evaluate</c> read.</summary>
internal sealed class LabelsVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file to write (replaced if it exists)." };
        var export = new Command("export",
            "Write the labels kept in the store to a CSV label file (article_id,tags).\n\n" +
            "Examples:\n" +
            "  newscorrelate labels export my-labels.csv")
        {
            file,
        };
        export.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var store = StoreOpener.Open(parse, context);
            var labels = store.AllLabels();
            var temp = path + ".tmp";
            using (var writer = CsvWriter.ToFile(temp, new CsvWriterOptions()))
            {
                writer.WriteRecord(["article_id", "tags"]);
                foreach (var (id, tags) in labels)
                    writer.WriteRecord([id.Value, string.Join(";", tags.Select(t => t.Name))]);
            }
            File.Move(temp, path, overwrite: true);
            context.Out.WriteLine($"Exported {labels.Count} label(s) from {store.Path} to {path}.");
            return ExitCodes.Ok;
        });
        return new Command("labels",
            "The analyst's labels kept in the store.\n\n" +
            "Examples:\n" +
            "  newscorrelate labels export my-labels.csv")
        {
            export,
        };
    }
}
