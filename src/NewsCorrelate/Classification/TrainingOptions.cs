namespace NewsCorrelate.Classification;

/// <summary>Training knobs. The defaults train the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Cross-validation folds (2-20) for calibration, thresholds and the reported metrics.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Inverse L2 regularisation strength of each tag's logistic regression.</summary>
    public double C { get; init; } = 30;

    /// <summary>Each tag needs at least this many positive (and negative) articles, and at least two per fold.</summary>
    public int MinExamplesPerTag { get; init; } = 10;

    /// <summary>The training date written into the model. Null: the newest published date among the training
    /// articles (or 1970-01-01 when none has one), so the same data always gives the same file.</summary>
    public DateOnly? TrainedOn { get; init; }

    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    /// <summary>Threads used (results do not depend on it).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The fewest positive examples a tag needs with these options.</summary>
    public int RequiredPerTag => Math.Max(MinExamplesPerTag, 2 * Folds);
}
