using System;
using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>
/// A phase of the Central Asia project that helps the Central Asian states implement the Strategy: the 2010-2011
/// consultation that led to the Joint Plan of Action is the first; phases II (2013), III (2018) and IV follow.
/// </summary>
public sealed class Initiative : Entity
{
    // Worked out on each call, not cached: a phase has a handful of documents, and a Lazy<ImmutableArray<Document>> here
    // cost 3 ms and 4 compiled methods of cold start (benchmarks/README.md, "Cold start", 2026-12-02).
    private readonly Func<ImmutableArray<Document>> _documents;

    internal Initiative(
        string id,
        EntityFacts facts,
        Strategy strategy,
        int? phase,
        Initiative? follows,
        Event? launch,
        Event? closing,
        ImmutableArray<Event> events,
        Func<ImmutableArray<Document>> documents)
        : base(id, facts)
    {
        Strategy = strategy;
        Phase = phase;
        Follows = follows;
        Launch = launch;
        Closing = closing;
        Events = events;
        _documents = documents;
    }

    /// <summary>Its number among the phases of the project (1 for the 2010-2011 consultation), when a source numbers it.</summary>
    public int? Phase { get; }

    /// <summary>The phase before this one, when there is one.</summary>
    public Initiative? Follows { get; }

    /// <summary>The events of this phase, in the order of the timeline (by date, then ordinal): only those a source
    /// places in it.</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>The plans, then the declarations, that a source says this phase produced, each in the order of the data
    /// package (worked out when asked: a phase has a handful).</summary>
    public ImmutableArray<Document> Documents => _documents();

    /// <summary>The Strategy the initiative helps implement.</summary>
    public Strategy Strategy { get; }

    /// <summary>The event that launched the phase, when the data holds it (no source gives the start of phase IV).
    /// Work may start before it: phase III held its first coordination meeting (February 2018) before its launch
    /// (May 2018).</summary>
    public Event? Launch { get; }

    /// <summary>The event a source says closed the phase (the 2017 High-Level Dialogue for phase II), when known.</summary>
    public Event? Closing { get; }

    /// <summary>The states and organisations that funded the phase, as its sources name them.</summary>
    public ImmutableArray<Entity> Funders => RolesIn.ParticipantsWith(Role.Funder);

    /// <summary>The organisations whose project the phase is (CTITF and UNRCCA for phase II; UNOCT and UNRCCA after).</summary>
    public ImmutableArray<Entity> Implementers => RolesIn.ParticipantsWith(Role.Implementer);
}
