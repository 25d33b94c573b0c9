using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT.Cli;

/// <summary>A fact table as aligned plain text for a terminal, with the sources as the last column.</summary>
internal static class TextTable
{
    private const string Absent = "-";

    public static void Write(FactTable table, TextWriter output)
    {
        // A table of sources themselves has no sources column.
        var sourced = table.Rows.Any(r => r.Provenance is not null);
        var headings = (sourced ? table.Columns.Add(FactTable.SourcesColumn) : table.Columns).ToList();
        var rows = table.Rows
            .Select(r => Enumerable.Range(0, table.Columns.Length)
                .Select(i => OneLine(i < r.Cells.Length ? r.Cells[i] : null))
                .Concat(sourced ? [r.Provenance is null ? string.Empty : $"{r.Provenance.SourceIds} ({r.Provenance.Grade})"] : [])
                .ToList())
            .ToList();
        var widths = headings.Select((h, i) => rows.Select(r => TextWidth(r[i])).Prepend(TextWidth(h)).Max()).ToList();

        output.WriteLine(table.Title);
        WriteLine(headings, widths, output);
        WriteLine(widths.Select(w => new string('-', w)).ToList(), widths, output);
        foreach (var row in rows)
        {
            WriteLine(row, widths, output);
        }
    }

    private static void WriteLine(List<string> cells, List<int> widths, TextWriter output)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var last = i == cells.Count - 1;
            output.Write(last ? cells[i] : cells[i] + new string(' ', widths[i] - TextWidth(cells[i]) + 2));
        }

        output.WriteLine();
    }

    private static string OneLine(string? cell) =>
        cell is null ? Absent : cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    // Columns line up by text elements, so that a letter written with a combining accent counts once.
    private static int TextWidth(string text) => new StringInfo(text).LengthInTextElements;
}
