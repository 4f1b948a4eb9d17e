using NewsCorrelate.Domain;

namespace NewsCorrelate.Classification;

/// <summary>What a label file held: the good rows and, for every bad line, why it was skipped.</summary>
public sealed record LabelFileResult(string File, IReadOnlyList<LabelRow> Rows, IReadOnlyList<LineError> Errors);
