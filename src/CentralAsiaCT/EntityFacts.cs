using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>What every entity carries besides its own fields: its row's provenance, and the edition's facts (names,
/// milestones, statements, roles), which are read only when one of them is first asked for.</summary>
internal sealed record EntityFacts(IEditionFacts Store, Provenance Provenance);
