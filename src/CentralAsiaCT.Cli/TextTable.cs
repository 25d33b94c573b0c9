using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT.Cli;

/// <summary>
/// A fact table as aligned plain text with the sources as the last column. Given a width (a terminal's), the table fits
/// it: the widest columns are narrowed and their cells wrapped onto more lines, the first column (the key) never; with
/// no width (output redirected, or <c>--wide</c>), every cell is whole on one line.
/// </summary>
internal static class TextTable
{
    private const string Absent = "-";

    // Below this a column is not narrowed: a wrapped cell of fewer letters is harder to read than a wide table.
    private const int NarrowestColumn = 6;

    // A table whose columns cannot each keep this many characters is written as records instead.
    private const int ReadableColumn = 16;

    public static void Write(FactTable table, TextWriter output, int? width = null)
    {
        // A table of sources themselves has no sources column.
        var sourced = table.Rows.Any(r => r.Provenance is not null);
        var lists = Enumerable.Range(0, table.Columns.Length).Select(i => i < table.Fields.Length && table.ListFields.Contains(table.Fields[i])).ToList();
        var headings = (sourced ? table.Columns.Add(FactTable.SourcesColumn) : table.Columns).ToList();
        var rows = table.Rows
            .Select(r => Enumerable.Range(0, table.Columns.Length)
                .Select(i => OneLine(i < r.Cells.Length ? r.Cells[i] : null, lists[i]))
                .Concat(sourced ? [r.Provenance is null ? string.Empty : $"{r.Provenance.SourceIds} ({r.Provenance.GradeText})"] : [])
                .ToList())
            .ToList();
        var widths = headings.Select((h, i) => rows.Select(r => TextWidth(r[i])).Prepend(TextWidth(h)).Max()).ToList();
        if (width is { } limit && widths.Sum() + (2 * (widths.Count - 1)) > limit)
        {
            // Too many long columns for the width: one record at a time, each field on its own lines, reads better than
            // columns of a few letters each.
            if (widths.Sum(w => Math.Min(w, ReadableColumn)) + (2 * (widths.Count - 1)) > limit)
            {
                WriteRecords(table.Title, headings, rows, limit, output);
                return;
            }

            Narrow(widths, limit);
        }

        output.WriteLine(width is { } w && TextWidth(table.Title) > w ? string.Join("\n", Wrap(table.Title, w)) : table.Title);
        WriteRow(headings, widths, output);
        WriteRow(widths.Select(n => new string('-', n)).ToList(), widths, output);
        foreach (var row in rows)
        {
            WriteRow(row, widths, output);
        }
    }

    /// <summary>Wraps one line of plain text to <paramref name="width"/>, continuing on indented lines.</summary>
    public static IEnumerable<string> WrapLine(string line, int width)
    {
        if (TextWidth(line) <= width)
        {
            return [line];
        }

        // N3: the line's own indent stays on its first line, and its continuation lines go four further in.
        var own = line.Substring(0, Math.Min(8, line.Length - line.TrimStart().Length));
        var indent = own + "    ";
        var first = Wrap(line.TrimStart(), width - own.Length).ToList();
        var rest = Wrap(string.Join(" ", first.Skip(1)), width - indent.Length).Select(l => indent + l);
        return first.Take(1).Select(l => own + l).Concat(rest);
    }

    private static void WriteRecords(string title, List<string> headings, List<List<string>> rows, int width, TextWriter output)
    {
        foreach (var line in WrapLine(title, width))
        {
            output.WriteLine(line);
        }

        var label = headings.Max(TextWidth) + 2;
        for (var r = 0; r < rows.Count; r++)
        {
            output.WriteLine(new string('-', Math.Min(width, 40)) + $" {r + 1} of {rows.Count}");
            for (var i = 0; i < headings.Count; i++)
            {
                var lines = Wrap(rows[r][i], Math.Max(NarrowestColumn, width - label)).ToList();
                for (var l = 0; l < lines.Count; l++)
                {
                    var head = l == 0 ? headings[i] + ":" : string.Empty;
                    output.WriteLine((head + new string(' ', label - TextWidth(head)) + lines[l]).TrimEnd());
                }
            }
        }
    }

    // Takes a character at a time off the widest columns but the first until the table fits or nothing can give.
    private static void Narrow(List<int> widths, int limit)
    {
        var room = limit - (2 * (widths.Count - 1));
        while (widths.Sum() > room)
        {
            var widest = -1;
            for (var i = 1; i < widths.Count; i++)
            {
                if (widths[i] > NarrowestColumn && (widest < 0 || widths[i] > widths[widest]))
                {
                    widest = i;
                }
            }

            if (widest < 0)
            {
                return;
            }

            widths[widest]--;
        }
    }

    private static void WriteRow(List<string> cells, List<int> widths, TextWriter output)
    {
        var lines = cells.Select((c, i) => Wrap(c, widths[i]).ToList()).ToList();
        var height = lines.Max(l => l.Count);
        for (var line = 0; line < height; line++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                var part = line < lines[i].Count ? lines[i][line] : string.Empty;
                text.Append(part);
                if (i < cells.Count - 1)
                {
                    text.Append(' ', widths[i] - TextWidth(part) + 2);
                }
            }

            output.WriteLine(text.ToString().TrimEnd());
        }
    }

    // Breaks after a space or a ';' (source lists), and inside a word only where the word alone is wider than the column.
    private static IEnumerable<string> Wrap(string text, int width)
    {
        if (TextWidth(text) <= width)
        {
            yield return text;
            yield break;
        }

        var line = new StringBuilder();
        foreach (var piece in Pieces(text))
        {
            if (TextWidth(line.ToString() + piece.TrimEnd()) > width && line.Length > 0)
            {
                yield return line.ToString().TrimEnd();
                line.Clear();
            }

            // Spaces at the start of a line are dropped; inside a line they stay ("...declaration"; name...").
            var rest = line.Length == 0 ? piece.TrimStart(' ') : piece;

            // N11: an address is never split, so that it can be copied from the terminal; it overflows instead.
            while (TextWidth(rest.TrimEnd()) > width && !IsAddress(rest))
            {
                yield return rest.Substring(0, width);
                rest = rest.Substring(width);
            }

            line.Append(rest);
        }

        if (line.ToString().Trim().Length > 0)
        {
            yield return line.ToString().TrimEnd();
        }
    }

    private static bool IsAddress(string piece) =>
        piece.StartsWith("http://", StringComparison.Ordinal) || piece.StartsWith("https://", StringComparison.Ordinal);

    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or ';')
            {
                yield return text.Substring(start, i - start + 1);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text.Substring(start);
        }
    }

    private static string OneLine(string? cell, bool list) =>
        cell is null ? Absent
        : (list ? cell.Replace(FactTable.ListSeparator, ", ", StringComparison.Ordinal) : cell)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    // Columns line up by text elements, so that a letter written with a combining accent counts once.
    private static int TextWidth(string text) => new StringInfo(text).LengthInTextElements;
}
