using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

// The roles: the participations and memberships tables, read by the rows of one target or one participant.
internal sealed partial class DataSetReader
{
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
}
