using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Validation;

/// <summary>A row a rule of the domain reads: its number and its cells by column, none of them reported broken.</summary>
internal readonly struct CheckedRow
{
    private readonly Table _table;
    private readonly int _index;

    public CheckedRow(Table table, int index)
    {
        _table = table;
        _index = index;
    }

    /// <summary>The 1-based number of the data row (the header not counted).</summary>
    public int Number => _index + 1;

    public string this[string column] => _table.Rows[_index][_table.IndexOf(column)];

    /// <summary>The row for the reader's cell readers, so that a rule checks a cell with the reader that loads it.</summary>
    public TableRow AsTableRow() => new(_table, _index);
}
