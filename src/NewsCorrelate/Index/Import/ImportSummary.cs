namespace NewsCorrelate.Index.Import;

/// <summary>What an import did. <see cref="Skipped"/> counts articles already stored unchanged or stored with the
/// same text under another id. When <see cref="Aborted"/> (strict mode with a rejection) nothing was written.</summary>
public sealed record ImportSummary(int Added, int Updated, int Skipped, IReadOnlyList<ImportRejection> Rejections, bool Aborted)
{
    public int Rejected => Rejections.Count;
}
