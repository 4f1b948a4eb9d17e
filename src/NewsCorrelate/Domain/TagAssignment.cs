namespace NewsCorrelate.Domain;

/// <summary>A tag the classifier assigned to an article.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Probability">Calibrated probability in [0, 1].</param>
/// <param name="Evidence">The sentences that carry the tag, strongest first (may be empty).</param>
/// <param name="ModelVersion">The version string of the model that assigned it.</param>
public sealed record TagAssignment(Tag Tag, double Probability, IReadOnlyList<string> Evidence, string ModelVersion)
{
    public double Probability { get; } = Probability is >= 0 and <= 1
        ? Probability
        : throw new ArgumentOutOfRangeException(nameof(Probability), Probability, "A probability lies in [0, 1].");
}
