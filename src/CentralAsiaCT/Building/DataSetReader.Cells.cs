using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Building;

// The cells every stage reads: IDs and their kinds, sources with their quotes and grades, counts and lists.
internal sealed partial class DataSetReader
{
    // Joins the parts of a citation's key, as the unique-key rule joins a key's cells.
    private const char Separator = '\u001F';

    // A table an older edition does not have (the published descriptor's `since`) has no rows.
    private IEnumerable<TableRow> Rows(string table) => _tables.TryGet(table, out var t) ? Rows(t) : [];

    private static IEnumerable<TableRow> Rows(Table t)
    {
        for (var i = 0; i < t.RowCount; i++)
        {
            yield return new TableRow(t, i);
        }
    }

    /// <summary>The facts of an entity's own row.</summary>
    internal EntityFacts Facts(TableRow row) => new(_store, Provenance(row));

    private Provenance Provenance(TableRow row) => Provenance(row, "source_ids", "grade");

    private Provenance Provenance(TableRow row, string sourcesColumn, string gradeColumn)
    {
        var grade = row.Required(gradeColumn);
        var parsed = grade switch
        {
            "A" => Grade.A,
            "B" => Grade.B,
            _ => throw row.Error(gradeColumn, $"'{grade}' is not a shipped grade (A or B)"),
        };
        // A package read from files reads every source with its fact, so that an unknown one is reported when it is
        // loaded; the built-in edition's are checked by the tests, and read when first asked.
        if (_descriptor is not null)
        {
            var sources = SourceList(row, sourcesColumn, allowEmpty: false);
            return new Provenance(sources, parsed, () => CitationsOf(row, sourcesColumn, sources));
        }

        _ = row.Optional(sourcesColumn) ?? throw row.Error(sourcesColumn, "a fact must cite at least one source");
        return new Provenance(() => SourceList(row, sourcesColumn, allowEmpty: false), parsed, sources => CitationsOf(row, sourcesColumn, sources));
    }

    // Each source of a row's column with its quote from the citations table (rule CIT001 says every one has one).
    private ImmutableArray<Citation> CitationsOf(TableRow row, string column, ImmutableArray<Source> sources)
    {
        // An edition before data 2.1.0 has no citations table: its facts have sources and no quotes.
        if (!_tables.TryGet("citations", out _))
        {
            return ImmutableArray<Citation>.Empty;
        }

        var quotes = Quotes;
        var key = row.Table.Name + Separator + row.Key + Separator + column + Separator;
        var result = ImmutableArray.CreateBuilder<Citation>(sources.Length);
        foreach (var source in sources)
        {
            result.Add(quotes.TryGetValue(key + source.Id, out var quote)
                ? new Citation(source, quote)
                : throw row.Error(column, $"the citation of source '{source.Id}' has no quote in the citations table"));
        }

        return result.MoveToImmutable();
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
            result.Add(SourceById(id) ?? throw row.Error(column, $"source '{id}' is not in the sources table"));
        }

        return result.ToImmutable();
    }

    /// <summary>The ID in <paramref name="column"/>, registered in the entities table as a <paramref name="kind"/> (any kind when null).</summary>
    internal string EntityId(TableRow row, string column, string? kind)
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

    /// <summary>The entity of kind <typeparamref name="T"/> named in <paramref name="column"/>, or null when it is empty.</summary>
    internal T? Resolve<T>(TableRow row, string column)
        where T : Entity
    {
        var id = row.Optional(column);
        if (id is null)
        {
            return null;
        }

        // An entity of another stage is read with its stage, on first reference.
        if (!_entities.TryGetValue(id, out var entity) && _kinds.TryGetValue(id, out var kind) && ReadStageOf(kind))
        {
            _entities.TryGetValue(id, out entity);
        }

        return entity is T typed
            ? typed
            : throw row.Error(column, $"'{id}' is not a {typeof(T).Name.ToLowerInvariant()} of the data package");
    }

    /// <summary>The entity of kind <typeparamref name="T"/> named in <paramref name="column"/>, resolved when first asked
    /// in the built-in edition (its kind checked now, from the entities table); null when the cell is empty. A package
    /// read from files resolves it now, so that a reference to nothing is reported when the package is loaded.</summary>
    internal Deferred<T>? Later<T>(TableRow row, string column)
        where T : Entity
    {
        if (_descriptor is not null || row.Optional(column) is not { } id)
        {
            return Resolve<T>(row, column) is { } now ? new Deferred<T>(now) : null;
        }

        if (!_kinds.TryGetValue(id, out var word) || Kinds.Find(word) is not { } kind
            || !typeof(T).IsAssignableFrom(kind.Type))
        {
            throw row.Error(column, $"'{id}' is not a {typeof(T).Name.ToLowerInvariant()} of the data package");
        }

        return new Deferred<T>(() =>
        {
            lock (_gate)
            {
                return Resolve<T>(row, column)!;
            }
        });
    }

    private static int? Count(TableRow row, string column, int minimum)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return null;
        }

        return IntegerText.TryParse(text, out var n) && n >= minimum
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
