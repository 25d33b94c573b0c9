using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>The fact that a state or organisation took a role in the initiative, an event, the plan or the declaration.</summary>
/// <param name="Participant">The state or organisation.</param>
/// <param name="Target">The initiative, event, plan or declaration.</param>
/// <param name="Role">The role taken.</param>
/// <param name="Provenance">The sources that say so.</param>
public sealed record Participation(Entity Participant, Entity Target, Role Role, Provenance Provenance) : ISourced
{
    /// <inheritdoc />
    public override string ToString() => $"{Participant.Id} {Role} {Target.Id}";
}
