using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT;

/// <summary>
/// What an entity asks of its edition when first asked: its names, milestones, statements and roles, its errata, and
/// the entities it links to that are read in another stage. The model depends on this and on nothing above it; the
/// edition's builder implements it.
/// </summary>
internal interface IEditionFacts
{
    ImmutableArray<Name> NamesOf(string id);

    ImmutableArray<Milestone> MilestonesOf(string id);

    ImmutableArray<Statement> StatementsOf(string id);

    /// <summary>The pillars an event covered and the claims about it (<see cref="EventDetails.None"/> when the sources
    /// say nothing more of it).</summary>
    EventDetails DetailsOf(string eventId);

    ImmutableArray<Participation> RolesTakenBy(string id);

    ImmutableArray<Participation> RolesIn(string id);

    ImmutableArray<Sourcing.Erratum> ErrataAbout(string id);

    /// <summary>Every state of the edition: the ones a plan's "none" and "unknown" are answered over.</summary>
    ImmutableArray<State> States { get; }

    /// <summary>The columns its kind declares, with the entity's cells, for an entity of a kind added through the
    /// registry; empty for the built-in kinds.</summary>
    ImmutableArray<KeyValuePair<string, string?>> DeclaredCellsOf(string id);

    /// <summary>The entity with this ID, read with its stage on first reference.</summary>
    T EntityOf<T>(string id)
        where T : Entity;
}
