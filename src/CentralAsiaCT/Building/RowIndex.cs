using System;
using System.Collections.Generic;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

/// <summary>The row numbers of a table by the ID in one of its columns, built from the cells alone: the rows about one
/// entity are then read without reading, or resolving, the rest of the table.</summary>
internal sealed class RowIndex
{
    private readonly Dictionary<string, List<int>> _rows;

    public RowIndex(Table table, string column)
    {
        _rows = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        // One cell of each row: the rest of a row is decoded only when the row is read.
        var index = table.Columns.IndexOf(column);
        for (var i = 0; i < table.RowCount; i++)
        {
            var id = index < 0 ? string.Empty : table.Cell(i, index);
            if (id.Length == 0)
            {
                throw new TableRow(table, i).Error(column, "is empty");
            }

            if (!_rows.TryGetValue(id, out var rows))
            {
                _rows[id] = rows = [];
            }

            rows.Add(i);
        }
    }

    /// <summary>Every ID the column holds.</summary>
    public IEnumerable<string> Keys => _rows.Keys;

    /// <summary>The numbers (from 0, in the table's order) of the rows whose column holds <paramref name="id"/>.</summary>
    public IReadOnlyList<int> RowsOf(string id) => _rows.TryGetValue(id, out var rows) ? rows : [];
}
