using System.Runtime.InteropServices;
using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

// The organisations, the initiatives (phases) and their documents: rows that may refer to rows of their own table.
internal sealed partial class DataSetReader
{
    private ImmutableArray<Organisation> ReadOrganisations() =>
        InDependencyOrder("organisations", "parent_id", row => new Organisation(
            EntityId(row, "id", "organisation"),
            Facts(row),
            Vocabulary.Parse<OrganisationKind>(row, "kind"),
            Resolve<Organisation>(row, "parent_id"),
            Resolve<Place>(row, "seat_place_id")));

    private ImmutableArray<Initiative> ReadInitiatives()
    {
        var timeline = Timeline;
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
                () => DocumentStage.All.WhereToArray(d => d.Initiative?.Id == mine));
        });

        return result.Length > 0 ? result : throw new FormatException("Table 'initiatives' holds no initiative.");
    }

    private DocumentGroups ReadDocuments()
    {
        var documents = InDependencyOrder<Document>("documents", "updates_id", row =>
        {
            // The registry says which kinds a document may be: a kind it does not hold is refused, never read as another.
            var word = row.Required("kind");
            return Kinds.Find(word) is { Table: "documents", Create: { } create } kind
                ? (Document)create(new EntityRow(this, row, kind))
                : throw row.Error("kind", $"'{word}' is not a kind of document of the registry");
        });

        var plans = ImmutableArray.CreateBuilder<JointPlanOfAction>();
        var declarations = ImmutableArray.CreateBuilder<Declaration>();
        foreach (var document in documents)
        {
            if (document is JointPlanOfAction plan)
            {
                plans.Add(plan);
            }
            else if (document is Declaration declaration)
            {
                declarations.Add(declaration);
            }
        }

        return new DocumentGroups(plans.ToImmutable(), declarations.ToImmutable(), documents);
    }

    /// <summary>A row of <c>documents</c> whose kind is <c>plan</c>.</summary>
    internal JointPlanOfAction ReadPlan(EntityRow entity)
    {
        var row = entity.Row;
        var meeting = Later<Event>(row, "adopted_at_event_id")!;
        return new JointPlanOfAction(entity.Id, entity.Facts, Later<Initiative>(row, "initiative_id"), meeting, Count(row, "participant_count", 1), AdoptionDateOf(row), Resolve<JointPlanOfAction>(row, "updates_id"), RegionOf(row))
        {
            CirculatedAs = CirculatedAs(row),
        };
    }

    /// <summary>A row of <c>documents</c> whose kind is <c>declaration</c>.</summary>
    internal Declaration ReadDeclaration(EntityRow entity)
    {
        var row = entity.Row;
        var meeting = Later<Event>(row, "adopted_at_event_id")!;
        return new Declaration(entity.Id, entity.Facts, Later<Initiative>(row, "initiative_id"), meeting, Count(row, "participant_count", 1), AdoptionDateOf(row))
        {
            CirculatedAs = CirculatedAs(row),
        };
    }

    // The symbol of the UN document that circulated a document (data 2.4.0; older editions read it as empty).
    private static string? CirculatedAs(TableRow row) => row.Optional("circulated_as");

    // A plan's region is the M49 sub-region of the states that the data places in it, so that its name is the data's own.
    private M49Region? RegionOf(TableRow row)
    {
        // Editions before data 2.3.0 do not name a plan's region.
        if (row.Optional("region_m49") is not { } code)
        {
            return null;
        }

        foreach (var state in States)
        {
            if (state.SubRegion.Code == code)
            {
                return state.SubRegion;
            }
        }

        throw row.Error("region_m49", $"no state of the data is in the M49 sub-region '{code}'");
    }

    // A document's own date, with its own sources and grade (data 2.3.0; older packages have no such columns), else the
    // dates of the meeting that adopted it, read from the meeting's row: reading the meeting itself reads the timeline.
    private DocumentAdoptionDate AdoptionDateOf(TableRow row)
    {
        if (DateText.Optional(row, "adopted", null, "date_precision") is { } date)
        {
            return new DocumentAdoptionDate(date, Provenance(row, "date_source_ids", "date_grade"), IsMeetingDate: false);
        }

        var id = row.Required("adopted_at_event_id");
        if (_entities.TryGetValue(id, out var read) && read is Event meeting)
        {
            return new DocumentAdoptionDate(meeting.Date, meeting.Provenance, IsMeetingDate: true);
        }

        _eventRows ??= new RowIndex(_tables["events"], "id");
        var rows = _eventRows.RowsOf(id);
        var eventRow = rows.Count == 1
            ? new TableRow(_tables["events"], rows[0])
            : throw row.Error("adopted_at_event_id", $"'{id}' is not one event of the data package");
        return new DocumentAdoptionDate(DateText.Required(eventRow, "start", "end", "date_precision"), Provenance(eventRow), IsMeetingDate: true);
    }

    /// <summary>Reads the rows of a table whose rows may refer to others of the same table (<paramref name="link"/>),
    /// each after the row it refers to, and returns them in the order of the table.</summary>
    private ImmutableArray<T> InDependencyOrder<T>(string name, string link, Func<TableRow, T> read)
        where T : Entity
    {
        // A row may refer to one later in the table, so rows are taken in rounds until none is left.
        var table = _tables[name];
        var pending = new List<int>(table.RowCount);
        var order = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.RowCount; i++)
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

        // A loop, not ConvertAll with a lambda: the lambda of a generic method was compiled at run time on every first
        // question about plans (issue 34, the pack's JIT list).
        var result = new T[order.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (T)_entities[order[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
