using NewsCorrelate.Domain;

namespace NewsCorrelate.Volumes;

/// <summary>What a volume CSV held: the valid points, and each rejected row with its line and reason.</summary>
public sealed record VolumeCsvResult(IReadOnlyList<VolumePoint> Points, IReadOnlyList<LineError> Errors);
