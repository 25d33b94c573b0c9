using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Building;

/// <summary>A table whose rows are roles (<see cref="Participation"/>s): which columns hold the participant and what it
/// stands towards. The roles in events, phases, plans and declarations, and the states' standings in organisations, are
/// one concept read from two tables, so that one function answers standing in time for plans and organisations alike.</summary>
internal sealed record RoleTable(string Name, string ParticipantColumn, Type ParticipantKind, string TargetColumn, Type? TargetKind)
{
    /// <summary>The tables of roles, in the order their roles are listed.</summary>
    public static ImmutableArray<RoleTable> All { get; } =
    [
        new("participations", "participant_id", typeof(Entity), "target_id", null),
        new("memberships", "state_id", typeof(State), "organisation_id", typeof(Organisation)),
    ];
}
