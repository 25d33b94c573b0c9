using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>
/// The cells (and whole rows) already reported broken: the rules of the domain skip a row whose cells they read are
/// among them, so that every rule still runs on every other row and a broken cell is reported once, where it breaks.
/// </summary>
internal sealed class BrokenCells
{
    private readonly HashSet<(string Table, int Row, string Column)> _cells = [];
    private readonly HashSet<(string Table, int Row)> _rows = [];

    public void Cell(string table, int row, string column) => _cells.Add((table, row, column));

    public void Row(string table, int row) => _rows.Add((table, row));

    /// <summary>The first of <paramref name="columns"/> broken in that row, or null when all can be read.</summary>
    public string? FirstBroken(string table, int row, ReadOnlySpan<string> columns)
    {
        if (_rows.Count > 0 && _rows.Contains((table, row)))
        {
            return columns.Length > 0 ? columns[0] : string.Empty;
        }

        if (_cells.Count == 0)
        {
            return null;
        }

        foreach (var column in columns)
        {
            if (_cells.Contains((table, row, column)))
            {
                return column;
            }
        }

        return null;
    }
}
