using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>The fact that an event covered a pillar of the Strategy, with its sources.</summary>
/// <param name="Pillar">The pillar covered.</param>
/// <param name="Provenance">The sources that say so.</param>
public sealed record PillarCoverage(Pillar Pillar, Provenance Provenance) : ISourced;
