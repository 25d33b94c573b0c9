using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Building;

// The stages read without the graph (sources, kinds, states, names) and the errata, which refer to every kind.
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
