using System.Collections.Generic;
using System.Linq;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Building;

/// <summary>
/// Turns the tables of a data package into the typed model. The one reader of the project: the built-in edition and
/// any package read from files both go through it. Each kind of entity is a stage, read when a question first needs
/// it (and the stages it refers to with it), so that a question about codes never pays for the timeline.
/// </summary>
internal sealed partial class DataSetReader
{
    private readonly TableSet _tables;
    private readonly PackageDescriptor? _descriptor;
    // The sources read so far, and the row of every source by its ID (made with the first): both under a lock of _sources.
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _sourceRows;
    private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);

    // Written only by the stages, under _gate; read outside it only through Entities, once every stage is published.
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reading = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly FactStore _store;

    // The stages, null until read. Arrays are boxed so that each stage is one reference, published whole.
    private StrongBox<NodaTime.Instant>? _created;
    private Stage<Source>? _allSources;
    private Stage<State>? _states;
    private Stage<Place>? _places;
    private Stage<Organisation>? _organisations;
    private Strategy? _strategy;
    private Stage<Event>? _timeline;
    private Stage<Initiative>? _initiatives;
    private DocumentGroups? _documents;
    private Stage<Entity>? _allInOrder;
    private Stage<Participation>? _participations;
    private Stage<Erratum>? _errata;
    private NameRowIndex? _nameRows;
    private RowIndex? _eventRows;
    private Dictionary<string, ImmutableArray<Milestone>>? _milestones;
    private Dictionary<string, EventDetails>? _eventDetails;
    private Dictionary<string, ImmutableArray<Statement>>? _statements;
    private ParticipationRows? _roleRows;
    private Dictionary<string, Entity>? _all;
    private Dictionary<string, string>? _quotes;

    // Both made by the first added kind read, under _gate: the built-in edition has none, and making them with the reader
    // compiled five generic methods on the path of every first question (issue 34, the release pack's JIT list).
    private Dictionary<string, ImmutableArray<Entity>>? _added;

    // The row and kind of each entity of an added kind, for the columns its kind declares (written under _gate).
    private ConcurrentDictionary<string, (EntityKind Kind, TableRow Row)>? _declared;

    private DataSetReader(TableSet tables, PackageDescriptor? descriptor, EntityKinds kinds)
    {
        _tables = tables;
        _descriptor = descriptor;
        Kinds = kinds;
        ReadEntityKinds();
        _store = new FactStore(new(NamesOf, () => Milestones, () => Statements, () => EventDetails), RolesOf, () => States, () => Errata, EntityById, DeclaredCellsOf);
    }

    /// <summary>The kinds of entity this reader reads.</summary>
    public EntityKinds Kinds { get; }

    /// <summary>Whether the collections' name keys compiled with the built-in tables hold for this edition: it reads
    /// those tables, lazily, with the built-in kinds.</summary>
    public bool HasCompiledNameKeys => _tables.IsBuiltIn && _descriptor is null && ReferenceEquals(Kinds, EntityKinds.BuiltIn);

    /// <summary>Every source of the edition, in the order of the package. A fact's sources are read with the fact, one by
    /// one (<see cref="SourceById"/>): reading them all with the edition cost every first question 190 KB and about 7 ms
    /// (issue 34).</summary>
    public ImmutableArray<Source> Sources => Once(ref _allSources, "sources", static r => new(r.ReadSources())).Value;

    /// <summary>The IDs of the sources read so far: what a question has paid for.</summary>
    internal ImmutableArray<string> SourcesRead
    {
        get
        {
            lock (_sources)
            {
                return [.. _sources.Keys];
            }
        }
    }

    /// <summary>When the data package was created.</summary>
    public NodaTime.Instant Created => Once(ref _created, "datapackage.json", static r => new(r.ReadCreated())).Value;

    /// <summary>The states, in the order of the package.</summary>
    public ImmutableArray<State> States => Once(ref _states, "states", static r => new(r.ReadStates())).Value;

    /// <summary>The places, in the order of the package.</summary>
    public ImmutableArray<Place> Places => Once(ref _places, "places", static r => new(r.ReadPlaces())).Value;

    /// <summary>The organisations, in the order of the package.</summary>
    public ImmutableArray<Organisation> Organisations => Once(ref _organisations, "organisations", static r => new(r.ReadOrganisations())).Value;

    /// <summary>The one strategy, with its pillars and reviews.</summary>
    public Strategy Strategy => Once(ref _strategy, "strategies", static r => r.ReadStrategy());

    /// <summary>Every event, in chronological order.</summary>
    public ImmutableArray<Event> Timeline => Once(ref _timeline, "events", static r => new(r.ReadEvents())).Value;

    /// <summary>The initiatives (phases of the project), in the order of the package.</summary>
    public ImmutableArray<Initiative> Initiatives => Once(ref _initiatives, "initiatives", static r => new(r.ReadInitiatives())).Value;

    /// <summary>The plans, in the order of the package.</summary>
    public ImmutableArray<JointPlanOfAction> Plans => DocumentStage.Plans;

    /// <summary>The declarations, in the order of the package.</summary>
    public ImmutableArray<Declaration> Declarations => DocumentStage.Declarations;

    /// <summary>Every document, in the order of the package.</summary>
    public ImmutableArray<Document> Documents => DocumentStage.All;

    /// <summary>Every role taken by a state or an organisation.</summary>
    public ImmutableArray<Participation> Participations => Once(ref _participations, "participations", static r => new(r.ReadParticipations())).Value;

    /// <summary>The claims of sources that the data does not take.</summary>
    public ImmutableArray<Erratum> Errata => Once(ref _errata, "errata", static r => new(r.ReadErrata())).Value;

    /// <summary>Every entity, every stage read, in the order of the entities table (kind by kind): not in the order the
    /// stages were read, which depends on the first question (the compiled name keys of <c>Entities</c> are positions in
    /// this list).</summary>
    public ImmutableArray<Entity> AllEntities => Once(ref _allInOrder, "entities", static r => new(r.InTableOrder(r.Entities))).Value;

    /// <summary>Every entity by ID (case-insensitive), every stage read.</summary>
    public Dictionary<string, Entity> Entities => Once(ref _all, "entities", static r => r.ReadAll());

    // The quote of every (table, row, column, source) citation; read with the first fact, as every fact carries its quotes.
    private Dictionary<string, string> Quotes => Once(ref _quotes, "citations", static r => r.ReadQuotes());

    private DocumentGroups DocumentStage => Once(ref _documents, "documents", static r => r.ReadDocuments());

    private NameRowIndex NameRows => Once(ref _nameRows, "names", static r => new NameRowIndex(r._tables["names"]));

    private Dictionary<string, ImmutableArray<Milestone>> Milestones => Once(ref _milestones, "milestones", static r => r.ReadMilestones());

    private Dictionary<string, EventDetails> EventDetails => Once(ref _eventDetails, "event-details", static r => r.ReadEventDetails());

    private Dictionary<string, ImmutableArray<Statement>> Statements => Once(ref _statements, "statements", static r => r.ReadStatements());

    private ParticipationRows RoleRows => Once(ref _roleRows, "roles", static r => r.ReadRoleRows());

    /// <summary>Builds an edition that reads its tables as questions need them. A package read from files
    /// (<paramref name="descriptor"/> not null) is read whole at once, so that its errors surface when it is loaded; the
    /// built-in edition (null: its descriptor is embedded) is checked by the tests instead.</summary>
    public static CentralAsiaData Read(TableSet tables, PackageDescriptor? descriptor = null, EntityKinds? kinds = null)
    {
        var reader = new DataSetReader(tables, descriptor, kinds ?? EntityKinds.BuiltIn);
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
        _ = Sources;
        _ = Entities;
        ReadAllNames();
        _ = Milestones;
        _ = EventDetails;
        _ = Statements;
        _ = Errata;
    }

    // The one way a stage is read: on first use, under the one gate (a stage reads the stages it refers to, and the
    // thread that holds a Monitor may take it again), and published whole by a volatile write.
    private T Once<T>(ref T? stage, string name, Func<DataSetReader, T> read)
        where T : class
    {
        var value = Volatile.Read(ref stage);
        if (value is not null)
        {
            return value;
        }

        lock (_gate)
        {
            if (stage is null)
            {
                _reading.Add(name);
                try
                {
                    Volatile.Write(ref stage, read(this));
                }
                finally
                {
                    _reading.Remove(name);
                }
            }

            return stage!;
        }
    }

    /// <summary>The entity with this ID, its stage read if it was not yet; null when the package holds none.</summary>
    public Entity? EntityById(string id)
    {
        lock (_gate)
        {
            if (!_entities.TryGetValue(id, out var entity) && _kinds.TryGetValue(id, out var kind) && ReadStageOf(kind))
            {
                _entities.TryGetValue(id, out entity);
            }

            return entity;
        }
    }

    // Reads the stage that holds the entities of a kind, unless it is being read now (then a row names an entity that
    // its own table does not hold, and the caller reports it).
    private bool ReadStageOf(string word)
    {
        if (Kinds.Find(word) is not { } kind || _reading.Contains(kind.Stage))
        {
            return false;
        }

        ReadKind(kind);
        return true;
    }

    private void ReadKind(EntityKind kind)
    {
        // The reader owns its stages; the registry says which stage holds a kind. A stage of no other name is a kind
        // added through the registry, read row by row.
        switch (kind.Stage)
        {
            case "states": _ = States; break;
            case "places": _ = Places; break;
            case "organisations": _ = Organisations; break;
            case "strategies": _ = Strategy; break;
            case "events": _ = Timeline; break;
            case "initiatives": _ = Initiatives; break;
            case "documents": _ = DocumentStage; break;
            default: _ = AddedKind(kind); break;
        }
    }

    /// <summary>The columns an added kind declares, with the entity's cells; empty for the built-in kinds.</summary>
    internal ImmutableArray<KeyValuePair<string, string?>> DeclaredCellsOf(string id) =>
        Volatile.Read(ref _declared) is { } declaredRows && declaredRows.TryGetValue(id, out var declared)
            ? declared.Kind.Columns.Select(c => new KeyValuePair<string, string?>(c.Heading, declared.Row.Optional(c.Name))).ToImmutableArray()
            : [];

    // The stage of a kind added through the registry: every row of its table, read by the kind's Create.
    private ImmutableArray<Entity> AddedKind(EntityKind kind)
    {
        lock (_gate)
        {
            _added ??= new(StringComparer.Ordinal);
            if (_declared is null)
            {
                Volatile.Write(ref _declared, new(StringComparer.Ordinal));
            }

            if (_added.TryGetValue(kind.Table, out var read))
            {
                return read;
            }

            _reading.Add(kind.Stage);
            try
            {
                var entities = ImmutableArray.CreateBuilder<Entity>();
                foreach (var row in Rows(kind.Table))
                {
                    var entity = Register(row, kind.Create!(new EntityRow(this, row, kind)));
                    _declared![entity.Id] = (kind, row);
                    entities.Add(entity);
                }

                return _added[kind.Table] = entities.ToImmutable();
            }
            finally
            {
                _reading.Remove(kind.Stage);
            }
        }
    }

    private ImmutableArray<Entity> InTableOrder(Dictionary<string, Entity> entities)
    {
        var result = ImmutableArray.CreateBuilder<Entity>(entities.Count);
        foreach (var id in _kinds.Keys)
        {
            if (entities.TryGetValue(id, out var entity))
            {
                result.Add(entity);
            }
        }

        return result.Count == entities.Count
            ? result.MoveToImmutable()
            : throw new InvalidOperationException("An entity was read that the entities table does not register.");
    }

    private Dictionary<string, Entity> ReadAll()
    {
        // The participations refer to entities of every kind; every registered kind is read so that none is left out.
        foreach (var kind in Kinds.All)
        {
            ReadKind(kind);
        }

        _ = Participations;
        return _entities;
    }

    private NodaTime.Instant ReadCreated() =>
        IsoDateText.TryParseInstant(_tables.Metadata.Created, out var parsed)
            ? parsed
            : throw new FormatException($"datapackage.json: 'created' is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ): '{_tables.Metadata.Created}'.");

    // A list boxed in a type of this assembly: its ReadyToRun image holds the box's code, where a StrongBox of an
    // ImmutableArray, both the framework's, was compiled at run time on every first question (issue 34, the pack's JIT list).
    private sealed class Stage<T>(ImmutableArray<T> value)
    {
        public ImmutableArray<T> Value { get; } = value;
    }

    private sealed record DocumentGroups(ImmutableArray<JointPlanOfAction> Plans, ImmutableArray<Declaration> Declarations, ImmutableArray<Document> All);
}
