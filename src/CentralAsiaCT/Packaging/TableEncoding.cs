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
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var cells = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == CellEnd)
            {
                cells.Add(encoded.Substring(start, i - start));
                start = i + 1;
            }
            else if (c == RowEnd)
            {
                rows.Add(cells.ToImmutable());
                cells.Clear();
                start = i + 1;
            }
        }

        var header = rows[0];
        rows.RemoveAt(0);
        return new Table(name, header, rows.ToImmutable());
    }
}
