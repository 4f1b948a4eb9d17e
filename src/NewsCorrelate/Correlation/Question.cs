using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>What an analyst asked, as understood: the period, the direction and the series, each possibly unknown.</summary>
/// <param name="Text">The question as typed.</param>
/// <param name="Month">The month asked about; with <paramref name="YearGiven"/> false only its calendar month is known
/// (the explainer picks the latest such month with data).</param>
/// <param name="YearGiven">True when the year was written or implied ("last month", "2025-11").</param>
/// <param name="Months">1 for a month, 3 for a quarter (then <paramref name="Month"/> is its first month).</param>
/// <param name="Direction">Direction word in the question ("drop", "surge"), if any.</param>
/// <param name="Series">The series named or hinted ("US", "Japan", "total"), if any.</param>
public sealed record Question(string Text, Month? Month, bool YearGiven, int Months, MoveDirection Direction, string? Series);
