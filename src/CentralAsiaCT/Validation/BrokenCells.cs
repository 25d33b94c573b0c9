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
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenUp = new(StringComparer.Ordinal);

    /// <summary>More broken cells in one table than half a report lists: the table is broken beyond use (half, so that
    /// the notice that says so still finds room in the report).</summary>
    public const int MaxPerTable = Packaging.ProblemList.MaxProblems / 2;

    public void Cell(string table, int row, string column)
    {
        if (_cells.Add((table, row, column)))
        {
            Count(table);
        }
    }

    public void Row(string table, int row)
    {
        if (_rows.Add((table, row)))
        {
            Count(table);
        }
    }

    /// <summary>Whether <paramref name="table"/> has more broken cells than <see cref="MaxPerTable"/>, so that no rule
    /// reads it further: it is then treated as a table that could not be read.</summary>
    public bool BeyondUse(string table) => _givenUp.Contains(table);

    private void Count(string table)
    {
        _counts[table] = _counts.TryGetValue(table, out var n) ? n + 1 : 1;
        if (n + 1 > MaxPerTable)
        {
            _givenUp.Add(table);
        }
    }

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
