using System.Collections.Immutable;
using CentralAsiaCT.Building;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>An event of the Central Asia project from 2010: a launch, an expert meeting, a consultation, a coordination
/// meeting, a high-level meeting, a conference, a workshop, a training or a briefing.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the domain's own word; C# has no such keyword.")]
public sealed class Event : Entity
{
    private readonly Deferred<Place>? _place;
    private EventDetails? _details;

    internal Event(string id, EntityFacts facts, EventKind kind, int? ordinal, string? initiativeId, KnownDate date, Deferred<Place>? place, EventScope? scope)
        : base(id, facts)
    {
        Kind = kind;
        Scope = scope;
        Ordinal = ordinal;
        InitiativeId = initiativeId;
        Date = date;
        _place = place;
    }

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind { get; }

    /// <summary>Whether it was a regional or a national event, where a source says; otherwise <see langword="null"/>.</summary>
    public EventScope? Scope { get; }

    /// <summary>Its number among the events of its kind in its phase (1, 2, 3 for the expert meetings), when the sources number them.</summary>
    public int? Ordinal { get; }

    /// <summary>The phase of the project the event belongs to, or <see langword="null"/> when no source places it in
    /// one (the 2012 consultation, the 2022 conference).</summary>
    public Initiative? Initiative => InitiativeId is null ? null : Store.EntityOf<Initiative>(InitiativeId);

    // Initiatives are read after their events (each collects its own), so the link is followed when first asked for.
    internal string? InitiativeId { get; }

    /// <summary>The date the data set takes, with its precision.</summary>
    public KnownDate Date { get; }

    /// <summary>An event's roles are taken on its days.</summary>
    internal override KnownDate? Beginning => Date;

    /// <summary>Where it took place, or <see langword="null"/> when no source says (the launch of phase II, the Early
    /// Warning Network's conference of October 2023).</summary>
    public Place? Place => _place?.Value;

    /// <summary>The pillars the event covered, each with its sources, in the order of their numbers.</summary>
    public ImmutableArray<PillarCoverage> PillarCoverage => Details.PillarCoverage;

    /// <summary>The pillars the event covered, in the order of their numbers.</summary>
    public ImmutableArray<Pillar> Pillars => Details.Pillars;

    /// <summary>What individual sources say of the event's date, place and pillars, including claims not taken.</summary>
    public ImmutableArray<EventClaim> Claims => Details.Claims;

    // The store gives every thread the same instance, so a race here writes the same reference twice.
    private EventDetails Details => _details ??= Store.DetailsOf(Id);
}
