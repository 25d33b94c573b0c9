using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Building;

// The stages read without the graph (sources, kinds, states, names) and those that refer to every kind (roles, errata).
internal sealed partial class DataSetReader
{
    private ImmutableArray<Source> ReadSources()
    {
        if (!_tables.TryGet("sources", out var table))
        {
            return ImmutableArray<Source>.Empty;
        }

        var id = table.IndexOf("id");
        var result = new Source[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = SourceById(table.Cell(i, id))!;
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>The source with this ID, read from its row the first time it is asked for; null when the package has
    /// none.</summary>
    private Source? SourceById(string id)
    {
        lock (_sources)
        {
            if (_sources.TryGetValue(id, out var source))
            {
                return source;
            }

            _sourceRows ??= IndexSources();
            if (!_sourceRows.TryGetValue(id, out var index))
            {
                return null;
            }

            source = ReadSource(new TableRow(_tables["sources"], index));
            _sources.Add(id, source);
            return source;
        }
    }

    // The row of each source by its ID, from the ID cells alone.
    private Dictionary<string, int> IndexSources()
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_tables.TryGet("sources", out var table))
        {
            var id = table.IndexOf("id");
            for (var i = 0; i < table.RowCount; i++)
            {
                var key = table.Cell(i, id);
                if (rows.ContainsKey(key))
                {
                    throw new TableRow(table, i).Error("id", $"source '{key}' appears twice");
                }

                rows.Add(key, i);
            }
        }

        return rows;
    }

    private Source ReadSource(TableRow row)
    {
        var address = row.Required("address");

        // The built-in edition's addresses are checked by a test; parsing them here would put the first Uri of the
        // process (about 15 ms) on the path of every question.
        if (_descriptor is not null && !Uri.TryCreate(address, UriKind.Absolute, out _))
        {
            throw row.Error("address", $"'{address}' is not an absolute address");
        }

        // Packages before data 2.3.0 have neither column: their sources are taken as read at the publisher's address.
        return new Source(row.Required("id"), row.Required("title"), row.Required("publisher"), List(row.Required("languages")), address)
        {
            Copy = Vocabulary.ParseOptional<SourceCopy>(row, "copy"),
            OriginalAddressText = row.Optional("original_address"),
            PublisherKind = Vocabulary.ParseOptional<PublisherKind>(row, "publisher_kind"),
        };
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

    // Names, milestones and statements are read apart, and an entity's names from its own rows of the names table: a
    // lookup among the states reads the states' names, not every entity's, nor the milestones and statements (issue 26:
    // benchmarks/README.md has the figures).
    private ImmutableArray<Name> NamesOf(string id)
    {
        // Warm, an entity's names are one read of a concurrent dictionary, with no lock (issue 33: the lock cost 88 ns a
        // call against 5 ns for a field); the lock only keeps two first reads of one entity from reading its rows twice.
        var rows = NameRows;
        if (rows.Read.TryGetValue(id, out var known))
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(known);
        }

        lock (_gate)
        {
            if (rows.Read.TryGetValue(id, out var read))
            {
                return ImmutableCollectionsMarshal.AsImmutableArray(read);
            }

            var numbers = rows.ByEntity.RowsOf(id);
            var result = new Name[numbers.Count];
            for (var n = 0; n < result.Length; n++)
            {
                var row = new TableRow(rows.Table, numbers[n]);
                _ = EntityId(row, "entity_id", null);
                result[n] = new Name(
                    row.Required("text"),
                    row.Required("language"),
                    Vocabulary.Parse<NameKind>(row, "kind"),
                    DateText.OptionalDay(row, "valid_from"),
                    DateText.OptionalDay(row, "valid_to"),
                    Provenance(row));
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(rows.Read[id] = result);
        }
    }

    // Every row of the names table, for a package read whole (its errors surface when it is loaded).
    private void ReadAllNames()
    {
        foreach (var id in NameRows.ByEntity.Keys)
        {
            _ = NamesOf(id);
        }
    }

    private sealed class NameRowIndex(Table table)
    {
        public Table Table { get; } = table;

        public RowIndex ByEntity { get; } = new(table, "entity_id");

        // Arrays, not ImmutableArray values: the runtime's precompiled code for reference types serves them.
        public ConcurrentDictionary<string, Name[]> Read { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private Dictionary<string, ImmutableArray<Milestone>> ReadMilestones()
    {
        var milestones = new Dictionary<string, List<Milestone>>(StringComparer.Ordinal);
        foreach (var row in Rows("milestones"))
        {
            if (Vocabulary.IsRetired(row, "kind"))
            {
                continue;
            }

            var id = EntityId(row, "entity_id", null);
            Add(milestones, id, new Milestone(
                id,
                Vocabulary.Parse<MilestoneKind>(row, "kind"),
                DateText.Required(row, "date", null, "date_precision"),
                row.Optional("detail"),
                Provenance(row)));
        }

        return Collected(milestones);
    }

    private Dictionary<string, ImmutableArray<Statement>> ReadStatements()
    {
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

        return Collected(statements);
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

    private ImmutableArray<Participation> ReadParticipations()
    {
        var result = ImmutableArray.CreateBuilder<Participation>();
        foreach (var part in RoleRows.Parts)
        {
            for (var i = 0; i < part.Read.Length; i++)
            {
                result.Add(ParticipationAt(part, i));
            }
        }

        return result.ToImmutable();
    }

    // The roles in one document, plan, initiative or organisation (or taken by one state or organisation), read from
    // their own rows of the participations and memberships tables: a plan's parties resolve the states, not every kind
    // a role may refer to. Before, the first question about parties read every role, and with them every organisation,
    // event and initiative.
    private ImmutableArray<Participation> RolesOf(string id, bool asTarget)
    {
        // Warm: no lock, as for names.
        var rows = RoleRows;
        var cache = asTarget ? rows.InTarget : rows.TakenBy;
        if (cache.TryGetValue(id, out var known))
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(known);
        }

        lock (_gate)
        {
            if (cache.TryGetValue(id, out var read))
            {
                return ImmutableCollectionsMarshal.AsImmutableArray(read);
            }

            var result = new List<Participation>();
            foreach (var part in rows.Parts)
            {
                // A table whose column holds another kind is not indexed for this entity (a plan is in no membership).
                if (!MayHold(asTarget ? part.Shape.TargetKind : part.Shape.ParticipantKind, id))
                {
                    continue;
                }

                foreach (var number in (asTarget ? part.ByTarget : part.ByParticipant).RowsOf(id))
                {
                    result.Add(ParticipationAt(part, number));
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(cache[id] = result.ToArray());
        }
    }

    // Whether an entity of the ID's registered kind may be in a column that holds entities of this kind (null: any).
    private bool MayHold(Type? kind, string id) =>
        kind is null
        || !_kinds.TryGetValue(id, out var word)
        || Kinds.Find(word) is not { } registered
        || kind.IsAssignableFrom(registered.Type);

    // One role, read once: the full list and the per-entity lists hold the same instance.
    private Participation ParticipationAt(RoleTableRows part, int index)
    {
        if (Volatile.Read(ref part.Read[index]) is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            if (part.Read[index] is { } read)
            {
                return read;
            }

            var row = new TableRow(part.Table, index);
            var participant = Resolve<Entity>(row, part.Shape.ParticipantColumn)!;
            if (participant is not State and not Organisation || !part.Shape.ParticipantKind.IsInstanceOfType(participant))
            {
                throw row.Error(part.Shape.ParticipantColumn, $"'{participant.Id}' is not a {(part.Shape.ParticipantKind == typeof(State) ? "state" : "state nor an organisation")}");
            }

            var target = Resolve<Entity>(row, part.Shape.TargetColumn)!;
            if (part.Shape.TargetKind is { } kind && !kind.IsInstanceOfType(target))
            {
                throw row.Error(part.Shape.TargetColumn, $"'{target.Id}' is not a {kind.Name.ToLowerInvariant()}");
            }

            var role = new Participation(participant, target, Vocabulary.Parse<Role>(row, "role"), Provenance(row))
            {
                ValidFrom = DateText.OptionalBound(row, "valid_from"),
                ValidTo = DateText.OptionalBound(row, "valid_to"),
                Ending = Vocabulary.ParseOptional<RoleEnding>(row, "ended"),
            };
            Volatile.Write(ref part.Read[index], role);
            return role;
        }
    }

    private ParticipationRows ReadRoleRows()
    {
        var parts = new List<RoleTableRows>();
        foreach (var shape in RoleTable.All)
        {
            // A package without a table of standings (before data 2.4.0) has none to read.
            if (_tables.TryGet(shape.Name, out var table))
            {
                parts.Add(new RoleTableRows(shape, table, new Participation?[table.RowCount]));
            }
        }

        return new ParticipationRows(parts.ToArray());
    }

    private sealed class ParticipationRows(RoleTableRows[] parts)
    {
        public RoleTableRows[] Parts { get; } = parts;

        // Arrays, not ImmutableArray values: a Dictionary over a struct value has no precompiled code in the package's
        // ReadyToRun image nor in the runtime's: the question "parties" of the cold-start harness compiled 98 methods with
        // them, 92 without (from the package).
        public ConcurrentDictionary<string, Participation[]> InTarget { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, Participation[]> TakenBy { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    // Each index is made when a question first needs it, under the reader's gate: the parties of a plan need only the
    // index of targets (issue 34: both indexes of both tables were 37 KB of the 140 KB of the parties question).
    private sealed class RoleTableRows(RoleTable shape, Table table, Participation?[] read)
    {
        private RowIndex? _byTarget;
        private RowIndex? _byParticipant;

        public RoleTable Shape { get; } = shape;

        public Table Table { get; } = table;

        public RowIndex ByTarget => _byTarget ??= new RowIndex(Table, Shape.TargetColumn);

        public RowIndex ByParticipant => _byParticipant ??= new RowIndex(Table, Shape.ParticipantColumn);

        public Participation?[] Read { get; } = read;
    }

    private ImmutableArray<Erratum> ReadErrata()
    {
        var result = ImmutableArray.CreateBuilder<Erratum>();
        foreach (var row in Rows("errata"))
        {
            var claimSources = SourceList(row, "claim_source_ids", allowEmpty: true);
            result.Add(new Erratum(
                row.Required("id"),
                EntityId(row, "entity_id", null),
                row.Required("field"),
                row.Required("claim"),
                claimSources,
                row.Required("taken"),
                row.Required("evidence"),
                Provenance(row)) { ClaimCitations = CitationsOf(row, "claim_source_ids", claimSources) });
        }

        return result.ToImmutable();
    }

    private Dictionary<string, string> ReadQuotes()
    {
        var quotes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows("citations"))
        {
            var key = row.Required("table") + Separator + row.Required("row_key") + Separator + row.Required("column") + Separator + row.Required("source_id");
            if (!quotes.ContainsKey(key))
            {
                quotes.Add(key, row.Required("quote"));
            }
        }

        return quotes;
    }
}
