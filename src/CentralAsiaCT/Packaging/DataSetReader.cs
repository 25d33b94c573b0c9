using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// Turns the tables of a data package into the typed model. The one reader of the project: the built-in edition and
/// any package read from files both go through it.
/// </summary>
internal sealed class DataSetReader
{
    private readonly TableSet _tables;
    private readonly PackageDescriptor? _descriptor;
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);

    // Filled by the states stage, then the graph stage, each under _gate; read by others only after the graph stage.
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly FactStore _store;
    private readonly object _gate = new();
    private ImmutableArray<State> _states;
    private bool _statesRead;
    private EntityGraph? _graph;
    private object? _created;

    private DataSetReader(TableSet tables, PackageDescriptor? descriptor)
    {
        _tables = tables;
        _descriptor = descriptor;
        Sources = ReadSources();
        ReadEntityKinds();
        _store = new FactStore(ReadFacts, () => Graph.Participations, () => States);
    }

    /// <summary>Every source of the edition (read at once: every other stage cites them).</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>When the data package was created (parsed once, on first use).</summary>
    public NodaTime.Instant Created
    {
        get
        {
            // Boxed, so that the value is published whole: an Instant is wider than one atomic write.
            var created = Volatile.Read(ref _created);
            if (created is null)
            {
                created = IsoDateText.TryParseInstant(_tables.Metadata.Created, out var parsed)
                    ? parsed
                    : throw new FormatException($"datapackage.json: 'created' is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ): '{_tables.Metadata.Created}'.");
                created = Interlocked.CompareExchange(ref _created, created, null) ?? created;
            }

            return (NodaTime.Instant)created;
        }
    }

    /// <summary>The states, read on first use without the rest of the graph.</summary>
    public ImmutableArray<State> States
    {
        get
        {
            if (Volatile.Read(ref _statesRead))
            {
                return _states;
            }

            lock (_gate)
            {
                if (!_statesRead)
                {
                    _states = ReadStates();
                    Volatile.Write(ref _statesRead, true);
                }

                return _states;
            }
        }
    }

    /// <summary>Every other entity and fact, read on first use.</summary>
    public EntityGraph Graph
    {
        get
        {
            var graph = Volatile.Read(ref _graph);
            if (graph is not null)
            {
                return graph;
            }

            lock (_gate)
            {
                if (_graph is null)
                {
                    Volatile.Write(ref _graph, ReadGraph());
                }

                return _graph!;
            }
        }
    }

    // Its own method: the lambda below captures a local, and a method that captures allocates its closure on every
    // call, which would put an allocation on every read of Graph (measured: 40 bytes per lookup).
    private EntityGraph ReadGraph()
    {
        _ = States;
        var places = ReadPlaces();
        var organisations = ReadOrganisations();
        var strategy = ReadStrategy();
        var timeline = ReadEvents();
        ImmutableArray<Document> documents = default;
        var initiatives = ReadInitiatives(timeline, () => documents);
        var (plans, declarations) = ReadDocuments();
        documents = ImmutableArray.CreateRange<Document>(plans).AddRange(declarations);
        var participations = ReadParticipations();
        var errata = ReadErrata();
        return new EntityGraph(strategy, initiatives, plans, declarations, timeline, organisations, places, participations, errata, _entities);
    }

    /// <summary>Builds an edition that reads its tables as questions need them. A package read from files
    /// (<paramref name="descriptor"/> not null) is read whole at once, so that its errors surface when it is loaded; the
    /// built-in edition (null: its descriptor is embedded) is checked by the tests instead.</summary>
    public static CentralAsiaData Read(TableSet tables, PackageDescriptor? descriptor = null)
    {
        var reader = new DataSetReader(tables, descriptor);
        if (descriptor is not null)
        {
            reader.ReadNow();
        }

        return new CentralAsiaData(tables.Metadata, reader, tables, descriptor);
    }

    /// <summary>Reads every stage now.</summary>
    public void ReadNow()
    {
        _ = Created;
        _ = Graph;
        _store.ReadNow();
    }

    private IEnumerable<TableRow> Rows(string table)
    {
        var t = _tables[table];
        return Rows(t);
    }

    private static IEnumerable<TableRow> Rows(Table t)
    {
        for (var i = 0; i < t.Rows.Length; i++)
        {
            yield return new TableRow(t, i);
        }
    }

    private ImmutableArray<Source> ReadSources()
    {
        var result = ImmutableArray.CreateBuilder<Source>();
        foreach (var row in Rows("sources"))
        {
            var id = row.Required("id");
            var address = row.Required("address");

            // The built-in edition's addresses are checked by a test; parsing them here would put the first Uri of the
            // process (about 15 ms) on the path of every question.
            if (_descriptor is not null && !Uri.TryCreate(address, UriKind.Absolute, out _))
            {
                throw row.Error("address", $"'{address}' is not an absolute address");
            }

            var source = new Source(id, row.Required("title"), row.Required("publisher"), List(row.Required("languages")), address);
            if (_sources.ContainsKey(id))
            {
                throw row.Error("id", $"source '{id}' appears twice");
            }

            _sources.Add(id, source);
            result.Add(source);
        }

        return result.ToImmutable();
    }

    private void ReadEntityKinds()
    {
        foreach (var row in Rows("entities"))
        {
            var id = row.Required("id");
            if (_kinds.ContainsKey(id))
            {
                throw row.Error("id", $"entity '{id}' appears twice");
            }

            _kinds.Add(id, row.Required("kind"));
        }
    }

    // Reads only the sources and entity kinds, which stay unchanged afterwards: safe to run on any thread, at any time.
    private FactStore.Facts ReadFacts()
    {
        var names = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        foreach (var row in Rows("names"))
        {
            var name = new Name(
                row.Required("text"),
                row.Required("language"),
                Vocabulary.Parse<NameKind>(row, "kind"),
                DateText.OptionalDay(row, "valid_from"),
                DateText.OptionalDay(row, "valid_to"),
                Provenance(row));
            Add(names, EntityId(row, "entity_id", null), name);
        }

        var milestones = new Dictionary<string, List<Milestone>>(StringComparer.Ordinal);
        foreach (var row in Rows("milestones"))
        {
            var id = EntityId(row, "entity_id", null);
            Add(milestones, id, new Milestone(
                id,
                Vocabulary.Parse<MilestoneKind>(row, "kind"),
                DateText.Required(row, "date", null, "date_precision"),
                row.Optional("detail"),
                Provenance(row)));
        }

        var statements = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var row in Rows("statements"))
        {
            var id = EntityId(row, "entity_id", null);
            Add(statements, id, new Statement(
                id,
                Vocabulary.Parse<StatementTopic>(row, "topic"),
                row.Required("language"),
                row.Required("text"),
                Provenance(row)));
        }

        return new FactStore.Facts(Collected(names), Collected(milestones), Collected(statements));
    }

    private ImmutableArray<State> ReadStates()
    {
        var result = ImmutableArray.CreateBuilder<State>();
        foreach (var row in Rows("states"))
        {
            var id = EntityId(row, "alpha3", "state");
            var state = new State(
                id,
                Facts(row),
                row.Required("alpha2"),
                row.Required("numeric"),
                row.Required("m49"),
                new M49Region(row.Required("m49_subregion"), row.Required("m49_subregion_name")));
            result.Add(Register(row, state));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Place> ReadPlaces()
    {
        var result = ImmutableArray.CreateBuilder<Place>();
        foreach (var row in Rows("places"))
        {
            var id = EntityId(row, "id", "place");
            result.Add(Register(row, new Place(id, Facts(row), Resolve<State>(row, "state_id")!)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Organisation> ReadOrganisations() =>
        InDependencyOrder("organisations", "parent_id", row => new Organisation(
            EntityId(row, "id", "organisation"),
            Facts(row),
            Vocabulary.Parse<OrganisationKind>(row, "kind"),
            Resolve<Organisation>(row, "parent_id"),
            Resolve<Place>(row, "seat_place_id")));

    private Strategy ReadStrategy()
    {
        var pillarsByStrategy = new Dictionary<string, List<Pillar>>(StringComparer.Ordinal);
        foreach (var row in Rows("pillars"))
        {
            var id = EntityId(row, "id", "pillar");
            var number = row.Required("number");
            if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n < (int)PillarNumber.I || n > (int)PillarNumber.IV)
            {
                throw row.Error("number", $"'{number}' is not a pillar number from 1 to 4");
            }

            var strategyId = row.Required("strategy_id");
            Add(pillarsByStrategy, strategyId, Register(row, new Pillar(id, Facts(row), (PillarNumber)n, strategyId)));
        }

        var reviewsByStrategy = new Dictionary<string, List<Review>>(StringComparer.Ordinal);
        foreach (var row in Rows("reviews"))
        {
            var id = EntityId(row, "id", "review");
            var strategyId = row.Required("strategy_id");
            var adoption = row.Optional("adoption") is null ? (ReviewAdoption?)null : Vocabulary.Parse<ReviewAdoption>(row, "adoption");
            var votesFor = Count(row, "votes_for", 0);
            var votesAgainst = Count(row, "votes_against", 0);
            var abstentions = Count(row, "abstentions", 0);
            var vote = votesFor is { } f && votesAgainst is { } a && abstentions is { } n ? new RecordedVote(f, a, n) : null;
            Add(reviewsByStrategy, strategyId, Register(row, new Review(
                id,
                Facts(row),
                strategyId,
                Count(row, "ordinal", 1) ?? throw row.Error("ordinal", "is empty"),
                row.Optional("symbol"),
                row.Optional("adopted") is null ? null : DateText.Required(row, "adopted", null, "date_precision"),
                adoption,
                vote)));
        }

        Strategy? strategy = null;
        foreach (var row in Rows("strategies"))
        {
            var id = EntityId(row, "id", "strategy");
            if (strategy is not null)
            {
                throw row.Error("id", "the data package holds more than one strategy");
            }

            pillarsByStrategy.TryGetValue(id, out var pillars);
            reviewsByStrategy.TryGetValue(id, out var reviews);
            reviews?.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
            pillars?.Sort(static (a, b) => a.Number.CompareTo(b.Number));
            strategy = Register(row, new Strategy(
                id,
                Facts(row),
                row.Required("symbol"),
                row.Required("adopted_by"),
                pillars is null ? ImmutableArray<Pillar>.Empty : ImmutableArray.CreateRange(pillars),
                reviews is null ? ImmutableArray<Review>.Empty : ImmutableArray.CreateRange(reviews)));
        }

        return strategy ?? throw new FormatException("Table 'strategies' holds no strategy.");
    }

    private ImmutableArray<Event> ReadEvents()
    {
        var coverage = new Dictionary<string, List<PillarCoverage>>(StringComparer.Ordinal);
        foreach (var row in Rows("event-pillars"))
        {
            Add(coverage, row.Required("event_id"), new PillarCoverage(Resolve<Pillar>(row, "pillar_id")!, Provenance(row)));
        }

        var claims = new Dictionary<string, List<EventClaim>>(StringComparer.Ordinal);
        foreach (var row in Rows("event-claims"))
        {
            Add(claims, row.Required("event_id"), new EventClaim(
                DateText.Optional(row, "start", "end", "date_precision"),
                Resolve<Place>(row, "place_id"),
                Resolve<Pillar>(row, "pillar_id"),
                row.Required("evidence"),
                Provenance(row)));
        }

        var events = new List<Event>();
        foreach (var row in Rows("events"))
        {
            var id = EntityId(row, "id", "event");
            var ordinal = Count(row, "ordinal", 1);

            coverage.TryGetValue(id, out var covered);
            covered?.Sort(static (a, b) => a.Pillar.Number.CompareTo(b.Pillar.Number));
            claims.TryGetValue(id, out var claimed);
            events.Add(Register(row, new Event(
                id,
                Facts(row),
                Vocabulary.Parse<EventKind>(row, "kind"),
                ordinal,
                row.Optional("initiative_id"),
                DateText.Required(row, "start", "end", "date_precision"),
                Resolve<Place>(row, "place_id"),
                covered is null ? ImmutableArray<PillarCoverage>.Empty : ImmutableArray.CreateRange(covered),
                claimed is null ? ImmutableArray<EventClaim>.Empty : ImmutableArray.CreateRange(claimed))));
        }

        foreach (var eventId in coverage.Keys)
        {
            RequireKind(eventId, "event", "event-pillars");
        }

        foreach (var eventId in claims.Keys)
        {
            RequireKind(eventId, "event", "event-claims");
        }

        // Sorted by date, then ordinal, then the package's order (so the sort is stable). An insertion sort did this
        // before, for a handful of events; measured on a synthetic edition of 7,800 events it made Load grow with the
        // square of the rows (benchmarks/README.md, scale).
        var order = new int[events.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byDate = events[a].Date.First.CompareTo(events[b].Date.First);
            var byOrdinal = (events[a].Ordinal ?? 0).CompareTo(events[b].Ordinal ?? 0);
            return byDate != 0 ? byDate : byOrdinal != 0 ? byOrdinal : a.CompareTo(b);
        });
        var timeline = new Event[events.Count];
        for (var i = 0; i < order.Length; i++)
        {
            timeline[i] = events[order[i]];
        }

        return ImmutableArray.Create(timeline);
    }

    private ImmutableArray<Initiative> ReadInitiatives(ImmutableArray<Event> timeline, Func<ImmutableArray<Document>> documents)
    {
        var result = InDependencyOrder<Initiative>("initiatives", "follows_id", row =>
        {
            var id = EntityId(row, "id", "initiative");
            var events = ImmutableArray.CreateBuilder<Event>();
            foreach (var e in timeline)
            {
                if (string.Equals(e.InitiativeId, id, StringComparison.OrdinalIgnoreCase))
                {
                    events.Add(e);
                }
            }

            var mine = id;
            return new Initiative(
                id,
                Facts(row),
                Resolve<Strategy>(row, "strategy_id")!,
                Count(row, "phase", 1),
                Resolve<Initiative>(row, "follows_id"),
                Resolve<Event>(row, "launch_event_id"),
                Resolve<Event>(row, "closing_event_id"),
                events.ToImmutable(),
                () => documents().WhereToArray(d => d.Initiative?.Id == mine));
        });

        return result.Length > 0 ? result : throw new FormatException("Table 'initiatives' holds no initiative.");
    }

    private (ImmutableArray<JointPlanOfAction> Plans, ImmutableArray<Declaration> Declarations) ReadDocuments()
    {
        var documents = InDependencyOrder<Document>("documents", "updates_id", row =>
        {
            var kind = row.Required("kind");
            var id = EntityId(row, "id", kind);
            var initiative = Resolve<Initiative>(row, "initiative_id");
            var adoptedAt = Resolve<Event>(row, "adopted_at_event_id")!;
            var participants = Count(row, "participant_count", 1);
            return kind == "plan"
                ? new JointPlanOfAction(id, Facts(row), initiative, adoptedAt, participants, Resolve<JointPlanOfAction>(row, "updates_id"))
                : new Declaration(id, Facts(row), initiative, adoptedAt, participants);
        });

        var plans = ImmutableArray.CreateBuilder<JointPlanOfAction>();
        var declarations = ImmutableArray.CreateBuilder<Declaration>();
        foreach (var document in documents)
        {
            if (document is JointPlanOfAction plan)
            {
                plans.Add(plan);
            }
            else
            {
                declarations.Add((Declaration)document);
            }
        }

        return (plans.ToImmutable(), declarations.ToImmutable());
    }

    /// <summary>Reads the rows of a table whose rows may refer to others of the same table (<paramref name="link"/>),
    /// each after the row it refers to, and returns them in the order of the table.</summary>
    private ImmutableArray<T> InDependencyOrder<T>(string name, string link, Func<TableRow, T> read)
        where T : Entity
    {
        // A row may refer to one later in the table, so rows are taken in rounds until none is left.
        var table = _tables[name];
        var pending = new List<int>(table.Rows.Length);
        var order = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Rows.Length; i++)
        {
            pending.Add(i);
            order.Add(new TableRow(table, i).Required("id"));
            ids.Add(order[i]);
        }

        while (pending.Count > 0)
        {
            var waiting = new List<int>();
            foreach (var index in pending)
            {
                var row = new TableRow(table, index);
                var target = row.Optional(link);
                if (target is not null && !_entities.ContainsKey(target) && ids.Contains(target))
                {
                    waiting.Add(index);
                    continue;
                }

                Register(row, read(row));
            }

            if (waiting.Count == pending.Count)
            {
                throw new TableRow(table, pending[0]).Error(link, $"the rows of '{name}' refer to each other in a cycle");
            }

            pending = waiting;
        }

        return ImmutableArray.CreateRange(order.ConvertAll(id => (T)_entities[id]));
    }

    private ImmutableArray<Participation> ReadParticipations()
    {
        var result = ImmutableArray.CreateBuilder<Participation>();
        foreach (var row in Rows("participations"))
        {
            var participant = Resolve<Entity>(row, "participant_id")!;
            if (participant is not State and not Organisation)
            {
                throw row.Error("participant_id", $"'{participant.Id}' is neither a state nor an organisation");
            }

            result.Add(new Participation(participant, Resolve<Entity>(row, "target_id")!, Vocabulary.Parse<Role>(row, "role"), Provenance(row)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Erratum> ReadErrata()
    {
        var result = ImmutableArray.CreateBuilder<Erratum>();
        foreach (var row in Rows("errata"))
        {
            result.Add(new Erratum(
                row.Required("id"),
                EntityId(row, "entity_id", null),
                row.Required("field"),
                row.Required("claim"),
                SourceList(row, "claim_source_ids", allowEmpty: true),
                row.Required("taken"),
                row.Required("evidence"),
                Provenance(row)));
        }

        return result.ToImmutable();
    }

    private EntityFacts Facts(TableRow row) => new(_store, Provenance(row));

    private Provenance Provenance(TableRow row)
    {
        var grade = row.Required("grade");
        var parsed = grade switch
        {
            "A" => Grade.A,
            "B" => Grade.B,
            _ => throw row.Error("grade", $"'{grade}' is not a shipped grade (A or B)"),
        };
        return new Provenance(SourceList(row, "source_ids", allowEmpty: false), parsed);
    }

    private ImmutableArray<Source> SourceList(TableRow row, string column, bool allowEmpty)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return allowEmpty ? ImmutableArray<Source>.Empty : throw row.Error(column, "a fact must cite at least one source");
        }

        var result = ImmutableArray.CreateBuilder<Source>();
        foreach (var id in List(text))
        {
            result.Add(_sources.TryGetValue(id, out var source) ? source : throw row.Error(column, $"source '{id}' is not in the sources table"));
        }

        return result.ToImmutable();
    }

    private string EntityId(TableRow row, string column, string? kind)
    {
        var id = row.Required(column);
        if (!_kinds.TryGetValue(id, out var actual))
        {
            throw row.Error(column, $"'{id}' is not in the entities table");
        }

        if (kind is not null && actual != kind)
        {
            throw row.Error(column, $"'{id}' is registered as a {actual}, not a {kind}");
        }

        return id;
    }

    private void RequireKind(string id, string kind, string table)
    {
        if (!_kinds.TryGetValue(id, out var actual) || actual != kind)
        {
            throw new FormatException($"Table '{table}': '{id}' is not an {kind} of the data package.");
        }
    }

    private T Register<T>(TableRow row, T entity)
        where T : Entity
    {
        if (_entities.ContainsKey(entity.Id))
        {
            throw row.Error("id", $"'{entity.Id}' is defined twice");
        }

        _entities.Add(entity.Id, entity);
        return entity;
    }

    private T? Resolve<T>(TableRow row, string column)
        where T : Entity
    {
        var id = row.Optional(column);
        if (id is null)
        {
            return null;
        }

        return _entities.TryGetValue(id, out var entity) && entity is T typed
            ? typed
            : throw row.Error(column, $"'{id}' is not a {typeof(T).Name.ToLowerInvariant()} of the data package");
    }

    private static int? Count(TableRow row, string column, int minimum)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n
            : throw row.Error(column, $"'{text}' is not a whole number of at least {minimum}");
    }

    private static ImmutableArray<string> List(string text)
    {
        var parts = text.Split(';');
        var result = ImmutableArray.CreateBuilder<string>(parts.Length);
        foreach (var part in parts)
        {
            result.Add(part.Trim());
        }

        return result.MoveToImmutable();
    }

    private static Dictionary<string, ImmutableArray<T>> Collected<T>(Dictionary<string, List<T>> byEntity)
    {
        var result = new Dictionary<string, ImmutableArray<T>>(byEntity.Count, StringComparer.Ordinal);
        foreach (var entry in byEntity)
        {
            result.Add(entry.Key, ImmutableArray.CreateRange(entry.Value));
        }

        return result;
    }
    private static void Add<T>(Dictionary<string, List<T>> byKey, string key, T item)
    {
        if (!byKey.TryGetValue(key, out var items))
        {
            items = new List<T>();
            byKey.Add(key, items);
        }

        items.Add(item);
    }
}
