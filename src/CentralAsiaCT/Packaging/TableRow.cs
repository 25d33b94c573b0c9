using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>One row of a <see cref="Table"/>, read cell by cell with errors that name the table, row and column.</summary>
internal readonly struct TableRow
{
    private readonly Table _table;
    private readonly ImmutableArray<string> _cells;

    public TableRow(Table table, int index)
    {
        _table = table;
        _cells = table.Row(index);
        Number = index + 1;
    }

    /// <summary>The 1-based number of the data row (the header not counted).</summary>
    public int Number { get; }

    /// <summary>The table the row is of.</summary>
    public Table Table => _table;

    /// <summary>The row's key, as the citations table writes it.</summary>
    public string Key => _table.KeyOf(Number - 1);

    public string Required(string column)
    {
        var value = Optional(column);
        return value ?? throw Error(column, "is empty");
    }

    /// <summary>The cell, or <see langword="null"/> when it is empty or the table has no such column: an edition older
    /// than the column (the published descriptor's <c>since</c>) reads it as empty (issue 33).</summary>
    public string? Optional(string column)
    {
        var index = _table.Columns.IndexOf(column);
        var value = index < 0 ? string.Empty : _cells[index];
        return value.Length == 0 ? null : value;
    }

    public FormatException Error(string column, string problem) =>
        new($"Table '{_table.Name}', row {Number}, column '{column}': {problem}.");
}
