namespace NewsCorrelate.Volumes;

/// <summary>A reported figure reconciled with the imported series.</summary>
/// <param name="Figure">The figure as read from the article.</param>
/// <param name="Verdict">Agreement with the series.</param>
/// <param name="Details">One line per compared part, e.g. "value 656 t vs 656 t in CN-magnets-US (agrees)".</param>
/// <param name="SeriesSources">Sources of the series figures it was compared with.</param>
public sealed record FigureCheck(ReportedFigure Figure, FigureVerdict Verdict, IReadOnlyList<string> Details, IReadOnlyList<string> SeriesSources);
