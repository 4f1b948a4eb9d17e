namespace NewsCorrelate.Classification;

/// <summary>The outcome of reading a model file: the model, or a message naming the file and what is wrong with it.</summary>
public sealed record ModelLoadResult(ClassifierModel? Model, string? Error)
{
    public bool Success => Model is not null;

    public static ModelLoadResult Ok(ClassifierModel model) => new(model, null);

    public static ModelLoadResult Fail(string error) => new(null, error);
}
