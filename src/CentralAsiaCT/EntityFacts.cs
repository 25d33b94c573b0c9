using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>What every entity carries besides its own fields: its row's provenance, and the edition's store of names,
/// milestones and statements, which is read only when one of them is first asked for.</summary>
internal sealed record EntityFacts(FactStore Store, Provenance Provenance);
