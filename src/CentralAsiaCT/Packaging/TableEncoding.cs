using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The compact form in which the built-in tables are compiled into the assembly: one string per table, cells ended by
/// U+001F (unit separator) and rows by U+001E (record separator), the header row first. The control characters never
/// occur in the data (encoding refuses them), so decoding is one short loop with no quoting rules.
/// </summary>
internal static class TableEncoding
{
    public const char CellEnd = '\u001F';
    public const char RowEnd = '\u001E';

    public static string EncodeRow(ImmutableArray<string> cells, string tableName)
    {
        var text = new StringBuilder();
        foreach (var cell in cells)
        {
            if (cell.AsSpan().IndexOfAny(CellEnd, RowEnd) >= 0)
            {
                throw new FormatException($"Table '{tableName}': a cell holds a separator control character: \"{cell}\".");
            }

            text.Append(cell).Append(CellEnd);
        }

        return text.Append(RowEnd).ToString();
    }

    public static Table Decode(string name, ReadOnlySpan<byte> encoded, ImmutableArray<string> primaryKey = default)
    {
        // The separators are single bytes of UTF-8, never part of another character's bytes, so the cells are found by
        // vectorised searches for them, and each is decoded to a string only then.
        var rowCount = 0;
        for (var at = 0; at < encoded.Length && encoded.Slice(at).IndexOf((byte)RowEnd) is var next and >= 0; at += next + 1)
        {
            rowCount++;
        }

        if (rowCount == 0)
        {
            throw new FormatException($"Built-in table '{name}' has no header row.");
        }

        // Rows go into an array of the exact size, wrapped without a copy. Measured against a builder of
        // ImmutableArray<string> and one pass (issue 34, the one-question programs with CENTRALASIACT_JITINFO=1, median of
        // five runs): the builder compiled 11 to 12 more methods on each first question, from source and from the release
        // pack alike, and allocated 7 to 15 KB more.
        var rows = new ImmutableArray<string>[rowCount - 1];
        var cells = new List<string>();
        ImmutableArray<string> header = default;
        var rest = encoded;
        for (var r = 0; r < rowCount; r++)
        {
            var row = rest.Slice(0, rest.IndexOf((byte)RowEnd));
            rest = rest.Slice(row.Length + 1);
            while (!row.IsEmpty)
            {
                var cell = row.Slice(0, row.IndexOf((byte)CellEnd));
                cells.Add(Text(cell));
                row = row.Slice(cell.Length + 1);
            }

            var decoded = ImmutableArray.CreateRange(cells);
            if (r == 0)
            {
                header = decoded;
            }
            else
            {
                rows[r - 1] = decoded;
            }

            cells.Clear();
        }

        return new Table(name, header, ImmutableCollectionsMarshal.AsImmutableArray(rows), primaryKey);
    }

    private static string Text(ReadOnlySpan<byte> utf8) =>
#if NET
        Encoding.UTF8.GetString(utf8);
#else
        utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8.ToArray());
#endif
}
