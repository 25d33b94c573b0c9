using System.Collections.Immutable;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>Every role taken by a state or an organisation in an edition (a funder of a phase, an adopter of a plan,
/// the host of a meeting), each with its sources, in the order of the data package. A single entity's roles are
/// also on the entity: <see cref="Entity.RolesTaken"/> and <see cref="Entity.RolesIn"/>.</summary>
public sealed class ParticipationList : RecordList<Participation>
{
    internal ParticipationList(DataSetReader reader)
        : base(reader, static r => r.Participations)
    {
    }

    /// <summary>Every participation with the given role (<c>WithRole(Role.Host)</c>: every host of an event).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The participations, in the order of the data package.</returns>
    public ImmutableArray<Participation> WithRole(Role role) => Where(p => p.Role == role);
}
