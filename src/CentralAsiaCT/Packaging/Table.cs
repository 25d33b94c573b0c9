using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>One table of a data package as text cells, before any typing: what both readers (CSV and built-in) produce.</summary>
internal sealed class Table
{
    private readonly Dictionary<string, int> _columnIndex;

    public Table(string name, ImmutableArray<string> columns, ImmutableArray<ImmutableArray<string>> rows)
    {
        Name = name;
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

    public int IndexOf(string column) =>
        _columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new FormatException($"Table '{Name}' has no column '{column}'.");
}
