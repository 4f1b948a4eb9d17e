using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>The model's verdict on one tag for one article.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Probability">Calibrated probability in [0, 1].</param>
/// <param name="Assigned">True when the probability reaches the tag's threshold.</param>
/// <param name="Evidence">For assigned tags, the 1-3 sentences that score highest for the tag, strongest first; empty otherwise.</param>
public sealed record TagScore(Tag Tag, double Probability, bool Assigned, IReadOnlyList<string> Evidence);
