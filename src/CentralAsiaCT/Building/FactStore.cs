using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT.Building;

/// <summary>
/// The names, milestones, statements and roles of every entity of one edition, and what the sources say of its events,
/// as its entities ask for them; each is a stage of the reader, read on first use, so that a question about statuses or
/// codes never pays for the names.
/// </summary>
internal sealed class FactStore : IEditionFacts
{
    private readonly Facts _facts;
    private readonly Func<string, bool, ImmutableArray<Participation>> _roles;
    private readonly Func<ImmutableArray<State>> _states;
    private readonly Func<ImmutableArray<Sourcing.Erratum>> _errata;
    private readonly Func<string, Entity?> _entity;
    private readonly Func<string, ImmutableArray<KeyValuePair<string, string?>>> _declared;

    /// <summary>The store of one edition: each function reads its stage of the edition's reader on first use.</summary>
    public FactStore(Facts facts, Func<string, bool, ImmutableArray<Participation>> roles, Func<ImmutableArray<State>> states, Func<ImmutableArray<Sourcing.Erratum>> errata, Func<string, Entity?> entity, Func<string, ImmutableArray<KeyValuePair<string, string?>>> declared)
    {
        _declared = declared;
        _entity = entity;
        _facts = facts;
        _roles = roles;
        _states = states;
        _errata = errata;
    }

    /// <summary>The errata about one entity, for its card: read only when a card is drawn.</summary>
    public ImmutableArray<Sourcing.Erratum> ErrataAbout(string id) => _errata().WhereToArray(e => e.EntityId == id);

    /// <summary>The entity with this ID, read with its stage on first reference: the typed links of an entity to one
    /// read in another stage (an event's initiative, a pillar's strategy).</summary>
    public T EntityOf<T>(string id)
        where T : Entity => (T)_entity(id)!;

    /// <summary>Every state of the edition: the ones a plan's "none" and "unknown" are answered over.</summary>
    public ImmutableArray<State> States => _states();

    public ImmutableArray<KeyValuePair<string, string?>> DeclaredCellsOf(string id) => _declared(id);

    public EventDetails DetailsOf(string eventId) =>
        _facts.EventDetails().TryGetValue(eventId, out var details) ? details : EventDetails.None;

    public ImmutableArray<Participation> RolesTakenBy(string id) => _roles(id, false);

    public ImmutableArray<Participation> RolesIn(string id) => _roles(id, true);

    public ImmutableArray<Name> NamesOf(string id) =>
        _facts.NamesOf(id);

    public ImmutableArray<Milestone> MilestonesOf(string id) =>
        _facts.Milestones().TryGetValue(id, out var milestones) ? milestones : ImmutableArray<Milestone>.Empty;

    public ImmutableArray<Statement> StatementsOf(string id) =>
        _facts.Statements().TryGetValue(id, out var statements) ? statements : ImmutableArray<Statement>.Empty;

    /// <summary>The four stages of an edition's facts about its entities, each read on first use.</summary>
    internal sealed record Facts(
        Func<string, ImmutableArray<Name>> NamesOf,
        Func<Dictionary<string, ImmutableArray<Milestone>>> Milestones,
        Func<Dictionary<string, ImmutableArray<Statement>>> Statements,
        Func<Dictionary<string, EventDetails>> EventDetails);
}
