using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;

namespace CentralAsiaCT.Packaging;

/// <summary>One table of a data package as text cells, before any typing: what both readers (CSV and built-in) produce.</summary>
internal sealed class Table
{
    private readonly Dictionary<string, int> _columnIndex;
    private readonly Func<int, ImmutableArray<string>>? _readRow;
    private readonly Func<int, int, string>? _readCell;

    // The rows decoded so far, of a table read row by row; every row once all were asked for.
    private readonly ImmutableArray<string>[]? _read;
    private ImmutableArray<ImmutableArray<string>> _rows;

    public Table(string name, ImmutableArray<string> columns, ImmutableArray<ImmutableArray<string>> rows, ImmutableArray<string> primaryKey = default)
        : this(name, columns, rows.Length, primaryKey) =>
        _rows = rows;

    /// <summary>A table whose rows are decoded one at a time, when first read (the built-in tables): a question that reads
    /// a few rows of a table, or one cell of each row, does not make a string of every cell.</summary>
    public Table(string name, ImmutableArray<string> columns, int rowCount, Func<int, ImmutableArray<string>> readRow, Func<int, int, string> readCell, ImmutableArray<string> primaryKey)
        : this(name, columns, rowCount, primaryKey)
    {
        _readRow = readRow;
        _readCell = readCell;
        _read = new ImmutableArray<string>[rowCount];
    }

    private Table(string name, ImmutableArray<string> columns, int rowCount, ImmutableArray<string> primaryKey)
    {
        Name = name;
        PrimaryKey = primaryKey.IsDefault ? ImmutableArray<string>.Empty : primaryKey;
        Columns = columns;
        RowCount = rowCount;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            _columnIndex[columns[i]] = i;
        }
    }

    public string Name { get; }

    public ImmutableArray<string> Columns { get; }

    /// <summary>How many data rows the table has (the header not counted).</summary>
    public int RowCount { get; }

    /// <summary>Every row (decoding any not yet decoded).</summary>
    public ImmutableArray<ImmutableArray<string>> Rows
    {
        get
        {
            // Decoding is pure: two threads that race here make equal rows, and either array is kept.
            if (_rows.IsDefault)
            {
                for (var i = 0; i < RowCount; i++)
                {
                    _ = Row(i);
                }

                _rows = ImmutableCollectionsMarshal.AsImmutableArray(_read);
            }

            return _rows;
        }
    }

    /// <summary>The cells of row <paramref name="index"/> (from 0, the header not counted).</summary>
    public ImmutableArray<string> Row(int index)
    {
        if (_read is null)
        {
            return _rows[index];
        }

        var row = _read[index];
        if (row.IsDefault)
        {
            row = _readRow!(index);
            _read[index] = row;
        }

        return row;
    }

    /// <summary>How many rows were decoded whole so far: what a question has paid for.</summary>
    public int RowsDecoded => _read is null ? RowCount : _read.Count(static row => !row.IsDefault);

    /// <summary>One cell, without decoding the rest of its row when the row is not decoded yet.</summary>
    public string Cell(int row, int column) =>
        _read is not null && _read[row].IsDefault ? _readCell!(row, column) : Row(row)[column];

    /// <summary>The columns of the table's primary key, in the key's order (empty when the schema gives none).</summary>
    public ImmutableArray<string> PrimaryKey { get; }

    /// <summary>The key of a row as the citations table writes it: its primary key's cells joined by '|'.</summary>
    public string KeyOf(int row)
    {
        var cells = Row(row);
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
