using System;
using System.Collections.Immutable;
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

    public static Table Decode(string name, string encoded)
    {
        // IndexOf is vectorised and precompiled in the runtime, so even the first, unoptimised run of this loop is quick.
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var cells = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        while (start < encoded.Length)
        {
            var rowEnd = encoded.IndexOf(RowEnd, start);
            if (rowEnd < 0)
            {
                break;
            }

            while (start < rowEnd)
            {
                var cellEnd = encoded.IndexOf(CellEnd, start, rowEnd - start);
                cells.Add(encoded.Substring(start, cellEnd - start));
                start = cellEnd + 1;
            }

            rows.Add(cells.ToImmutable());
            cells.Clear();
            start = rowEnd + 1;
        }

        var header = rows[0];
        rows.RemoveAt(0);
        return new Table(name, header, rows.ToImmutable());
    }
}
