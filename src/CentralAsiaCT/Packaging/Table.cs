using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>One table of a data package as text cells, before any typing: what both readers (CSV and built-in) produce.</summary>
internal sealed class Table
{
    private readonly Dictionary<string, int> _columnIndex;

    public Table(string name, ImmutableArray<string> columns, ImmutableArray<ImmutableArray<string>> rows, ImmutableArray<string> primaryKey = default)
    {
        Name = name;
        PrimaryKey = primaryKey.IsDefault ? ImmutableArray<string>.Empty : primaryKey;
        Columns = columns;
        Rows = rows;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            _columnIndex[columns[i]] = i;
        }
    }

    public string Name { get; }

    public ImmutableArray<string> Columns { get; }

    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>The columns of the table's primary key, in the key's order (empty when the schema gives none).</summary>
    public ImmutableArray<string> PrimaryKey { get; }

    /// <summary>The key of a row as the citations table writes it: its primary key's cells joined by '|'.</summary>
    public string KeyOf(int row)
    {
        var cells = Rows[row];
        var parts = new string[PrimaryKey.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = cells[IndexOf(PrimaryKey[i])];
        }

        return string.Join("|", parts);
    }

    public int IndexOf(string column) =>
        _columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new FormatException($"Table '{Name}' has no column '{column}'.");
}
