using NewsCorrelate.Classification;

namespace NewsCorrelate.Cli;

/// <summary>Where the classifier model is: <c>--model</c>, else <c>$NEWSCORRELATE_MODEL</c>, else the shipped
/// <c>models/classifier.ncm</c> (next to the executable, else in the repository it was built from: see <see cref="ShippedData"/>).</summary>
internal static class ModelPaths
{
    public const string FileName = "classifier.ncm";

    public static string Default(CliContext context) =>
        context.GetEnvironmentVariable("NEWSCORRELATE_MODEL") is { Length: > 0 } env ? env
            : Path.Combine(ShippedData.ModelsFolder() ?? Path.Combine(AppContext.BaseDirectory, "models"), FileName);

    /// <summary>Loads the model or stops with a message naming the file and the problem.</summary>
    public static ClassifierModel Load(CliContext context, string? path)
    {
        var result = ModelFile.Load(path ?? Default(context));
        return result.Model ?? throw new CliException(result.Error!);
    }
}
