using System.Collections.Immutable;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>What every entity carries besides its own fields; gathered once by the reader of a data package.</summary>
internal sealed record EntityFacts(
    ImmutableArray<Name> Names,
    ImmutableArray<Milestone> Milestones,
    ImmutableArray<Statement> Statements,
    Provenance Provenance);
