namespace NewsCorrelate.Classification;

/// <summary>Progress of a training run: <paramref name="Done"/> of <paramref name="Total"/> steps of a stage.</summary>
public sealed record TrainingProgress(string Stage, int Done, int Total);
