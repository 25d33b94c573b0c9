using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>
/// An initiative to help the Central Asian states implement the Strategy: a phase of the Central Asia project (the
/// 2010-2011 consultation that led to the Joint Plan of Action is the first).
/// </summary>
public sealed record Initiative : Entity
{
    internal Initiative(string id, EntityFacts facts, Strategy strategy, Event? launch, ImmutableArray<Event> events)
        : base(id, facts)
    {
        Strategy = strategy;
        Launch = launch;
        Events = events;
    }

    /// <summary>The events of this initiative, in the order of the timeline (by date, then ordinal).</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>The Strategy the initiative helps implement.</summary>
    public Strategy Strategy { get; }

    /// <summary>The event that launched the initiative, when the data holds it.</summary>
    public Event? Launch { get; }
}
