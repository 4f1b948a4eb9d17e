namespace NewsCorrelate.Classification;

/// <summary>How a model was trained, kept in its file.</summary>
/// <param name="TrainingDataHash">SHA-256 (hex) over the training articles sorted by id: id, title, text and tags.</param>
/// <param name="TrainedOn">The training date (given, or the newest article date: see <see cref="TrainingOptions.TrainedOn"/>).</param>
/// <param name="Articles">Number of training articles.</param>
/// <param name="Folds">Cross-validation folds used for calibration, thresholds and <paramref name="CrossValidated"/>.</param>
/// <param name="C">Inverse L2 regularisation strength of the logistic regressions.</param>
/// <param name="CrossValidated">Out-of-fold metrics (each fold's threshold chosen on the other folds).</param>
public sealed record TrainingInfo(string TrainingDataHash, DateOnly TrainedOn, int Articles, int Folds, double C, EvaluationReport CrossValidated);
