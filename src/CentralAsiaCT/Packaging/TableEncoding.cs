using System;
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

    /// <summary>Where each row of an encoded table starts (the header's first), and one past the end of the last.</summary>
    public static int[] RowStarts(string name, ReadOnlySpan<byte> encoded)
    {
        // The separators are single bytes of UTF-8, never part of another character's bytes, so rows and cells are found
        // by vectorised searches for them, and a cell is decoded to a string only when it is read.
        var rowCount = 0;
        for (var at = 0; at < encoded.Length && encoded.Slice(at).IndexOf((byte)RowEnd) is var next and >= 0; at += next + 1)
        {
            rowCount++;
        }

        if (rowCount == 0)
        {
            throw new FormatException($"Built-in table '{name}' has no header row.");
        }

        var starts = new int[rowCount + 1];
        for (var r = 0; r < rowCount; r++)
        {
            starts[r + 1] = starts[r] + encoded.Slice(starts[r]).IndexOf((byte)RowEnd) + 1;
        }

        return starts;
    }

    /// <summary>The cells of row <paramref name="row"/> (0: the header).</summary>
    public static ImmutableArray<string> Cells(ReadOnlySpan<byte> encoded, int[] rowStarts, int row)
    {
        // An array of the exact size, wrapped without a copy. Measured against a builder of ImmutableArray<string> and one
        // pass (issue 34, the one-question programs with CENTRALASIACT_JITINFO=1, median of five runs): the builder
        // compiled 11 to 12 more methods on each first question, from source and from the release pack alike, and
        // allocated 7 to 15 KB more.
        var cells = RowOf(encoded, rowStarts, row);
        var result = new string[Count(cells)];
        for (var i = 0; i < result.Length; i++)
        {
            var end = cells.IndexOf((byte)CellEnd);
            result[i] = Text(cells.Slice(0, end));
            cells = cells.Slice(end + 1);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>Cell <paramref name="column"/> of row <paramref name="row"/> (0: the header), the others not decoded.</summary>
    public static string Cell(ReadOnlySpan<byte> encoded, int[] rowStarts, int row, int column)
    {
        var cells = RowOf(encoded, rowStarts, row);
        for (var i = 0; i < column; i++)
        {
            cells = cells.Slice(cells.IndexOf((byte)CellEnd) + 1);
        }

        return Text(cells.Slice(0, cells.IndexOf((byte)CellEnd)));
    }

    // A row's cells, each ended by CellEnd, without the RowEnd that closes the row.
    private static ReadOnlySpan<byte> RowOf(ReadOnlySpan<byte> encoded, int[] rowStarts, int row) =>
        encoded.Slice(rowStarts[row], rowStarts[row + 1] - rowStarts[row] - 1);

    private static int Count(ReadOnlySpan<byte> cells)
    {
        var count = 0;
        for (var at = cells.IndexOf((byte)CellEnd); at >= 0; at = cells.IndexOf((byte)CellEnd))
        {
            count++;
            cells = cells.Slice(at + 1);
        }

        return count;
    }

    private static string Text(ReadOnlySpan<byte> utf8) =>
#if NET
        Encoding.UTF8.GetString(utf8);
#else
        utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8.ToArray());
#endif
}
