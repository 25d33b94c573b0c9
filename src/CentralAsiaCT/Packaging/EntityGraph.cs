using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Packaging;

/// <summary>Every entity of an edition beyond its states, and the facts that link them; built together on first use.</summary>
internal sealed record EntityGraph(
    Strategy Strategy,
    ImmutableArray<Initiative> Initiatives,
    ImmutableArray<JointPlanOfAction> Plans,
    ImmutableArray<Declaration> Declarations,
    ImmutableArray<Event> Timeline,
    ImmutableArray<Organisation> Organisations,
    ImmutableArray<Place> Places,
    ImmutableArray<Participation> Participations,
    ImmutableArray<Erratum> Errata,
    Dictionary<string, Entity> Entities);
