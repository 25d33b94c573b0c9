using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Editions;

/// <summary>Compares two editions table by table, fact by fact (rows matched by primary key).</summary>
internal static class EditionComparison
{
    private const string SourcesColumn = "source_ids";

    public static EditionChanges Compare(EditionTables older, EditionTables newer)
    {
        if (!string.Equals(older.Name, newer.Name, StringComparison.Ordinal))
        {
            // No parameter name: the two editions come from different arguments in each public entry point, and the
            // message names both, which is what the command line prints.
            throw new ArgumentException(
                $"These are not two editions of one data set: the older package is '{Quoted.Input(older.Name)}' and the newer '{Quoted.Input(newer.Name)}'; a diff compares two versions of one data package.");
        }

        var changes = ImmutableArray.CreateBuilder<FactChange>();
        var olderByName = older.Tables.ToDictionary(static t => t.Name, StringComparer.Ordinal);
        foreach (var table in newer.Tables)
        {
            Compare(olderByName.TryGetValue(table.Name, out var before) ? before : null, table, changes);
        }

        foreach (var table in older.Tables.Where(t => newer.Tables.All(n => n.Name != t.Name)))
        {
            Compare(table, null, changes);
        }

        return new EditionChanges(newer.Name, older.Version, newer.Version, changes.ToImmutable());
    }

    private static void Compare(Table? before, Table? after, ImmutableArray<FactChange>.Builder changes)
    {
        var beforeRows = Keyed(before);
        var afterRows = Keyed(after);
        var beforeByKey = beforeRows.ToDictionary(static r => r.Key, static r => r.Row, StringComparer.Ordinal);
        var afterByKey = afterRows.ToDictionary(static r => r.Key, static r => r.Row, StringComparer.Ordinal);
        var name = (after ?? before)!.Name;
        foreach (var (key, row) in afterRows.Where(r => !beforeByKey.ContainsKey(r.Key)))
        {
            changes.Add(new FactChange(ChangeKind.Added, name, key, EntityOf(after!, row), null, null, Cells(after!, row), null, Sources(after!, row)));
        }

        foreach (var (key, row) in beforeRows.Where(r => !afterByKey.ContainsKey(r.Key)))
        {
            changes.Add(new FactChange(ChangeKind.Removed, name, key, EntityOf(before!, row), null, Cells(before!, row), null, Sources(before!, row), null));
        }

        if (before is null || after is null)
        {
            return;
        }

        // A field is compared where either edition has it: a column that only one edition has changes from or to none.
        var fields = after.Columns.Concat(before.Columns.Where(c => !after.Columns.Contains(c))).ToList();
        foreach (var (key, row) in afterRows)
        {
            if (!beforeByKey.TryGetValue(key, out var old))
            {
                continue;
            }

            foreach (var field in fields)
            {
                var was = Cell(before, old, field);
                var now = Cell(after, row, field);
                if (!string.Equals(was ?? string.Empty, now ?? string.Empty, StringComparison.Ordinal))
                {
                    changes.Add(new FactChange(ChangeKind.Changed, name, key, EntityOf(after, row), field, was, now, Sources(before, old), Sources(after, row)));
                }
            }
        }
    }

    // Rows by key, in table order, the first of any repeated key. A table without a primary key is keyed by its whole
    // row, so that a changed cell is a fact removed and one added: without a key nothing says two rows are one fact.
    private static List<(string Key, int Row)> Keyed(Table? table)
    {
        var rows = new List<(string Key, int Row)>();
        if (table is null)
        {
            return rows;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var key = table.PrimaryKey.IsEmpty ? string.Join("|", table.Rows[i]) : table.KeyOf(i);
            if (seen.Add(key))
            {
                rows.Add((key, i));
            }
        }

        return rows;
    }

    private static string? Cell(Table table, int row, string column)
    {
        var i = table.Columns.IndexOf(column);
        return i < 0 ? null : table.Rows[row][i];
    }

    private static string? Sources(Table table, int row) => Cell(table, row, SourcesColumn) is { Length: > 0 } s ? s : null;

    private static string EntityOf(Table table, int row) =>
        Cell(table, row, "entity_id") ?? Cell(table, row, "id") ?? Cell(table, row, "alpha3") ?? (table.Rows[row].IsEmpty ? string.Empty : table.Rows[row][0]);

    private static string Cells(Table table, int row) =>
        string.Join("; ", table.Columns.Select((c, i) => (c, v: table.Rows[row][i])).Where(static p => p.v.Length > 0 && p.c != SourcesColumn).Select(static p => p.c + "=" + p.v));
}
