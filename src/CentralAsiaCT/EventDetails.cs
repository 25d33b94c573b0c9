using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>What the sources say of one event beyond its row: the pillars it covered and the claims about its date,
/// place and pillars. Read for every event when one is first asked: they name pillars and places, and resolving those
/// with the timeline read the Strategy and every place on every first question about events (issue 34).</summary>
/// <param name="PillarCoverage">The pillars covered, each with its sources, in the order of their numbers.</param>
/// <param name="Pillars">The same pillars alone.</param>
/// <param name="Claims">What individual sources say, in the order of the package.</param>
internal sealed record EventDetails(ImmutableArray<PillarCoverage> PillarCoverage, ImmutableArray<Pillar> Pillars, ImmutableArray<EventClaim> Claims)
{
    /// <summary>The details of an event no source says more of.</summary>
    public static EventDetails None { get; } = new([], [], []);
}
