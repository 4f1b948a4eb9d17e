using NewsCorrelate.Domain;

namespace NewsCorrelate.Correlation;

/// <summary>How each well-known tag usually moves an export flow (shared/domain/TAGS.md): tightened controls
/// push it down, truces and concessions push it up. Tags of an analyst's own label set have no direction and
/// are shown as context only.</summary>
public static class TagDirections
{
    public static MoveDirection Of(Tag tag) => tag.Name switch
    {
        "controls_tightened" => MoveDirection.Down,
        "truce" or "concession" => MoveDirection.Up,
        _ => MoveDirection.Unspecified,
    };
}
