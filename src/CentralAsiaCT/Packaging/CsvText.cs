using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System;
#if NET
using nietras.SeparatedValues;
#else
using Sylvan.Data.Csv;
#endif

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The one reading path and the one writing path of RFC 4180 CSV (comma, double quote, CRLF) for each target: Sep on
/// net10.0, which is trim- and AOT-clean; Sylvan.Data.Csv on netstandard2.0, which Sep does not target (Sylvan's
/// <c>CsvDataReader</c> and <c>CsvDataWriter</c> give trim warnings under Native AOT, which netstandard2.0 consumers cannot use anyway).
/// </summary>
internal static class CsvText
{
    /// <summary>Reads every record of <paramref name="text"/>: the first is the header. Records keep the number of
    /// cells they have; the caller checks it against the header.</summary>
    /// <exception cref="MalformedCsvException">The text breaks RFC 4180, or a record is longer than
    /// <paramref name="maxRecordChars"/>.</exception>
    public static ImmutableArray<string[]> Read(string text, int maxRecordChars) => Read(text, maxRecordChars, static _ => true);

    /// <summary>Reads the records of <paramref name="text"/> until <paramref name="keepReading"/>, given each record
    /// read, says to stop: the caller gives up on a table broken beyond use without splitting the rest of it.</summary>
    /// <exception cref="MalformedCsvException">The text breaks RFC 4180, or a record is longer than
    /// <paramref name="maxRecordChars"/>.</exception>
    public static ImmutableArray<string[]> Read(string text, int maxRecordChars, Func<string[], bool> keepReading)
    {
        var records = ImmutableArray.CreateBuilder<string[]>();
#if NET
        // Sep splits the records (separators and line breaks inside quotes included) but is lenient about quotes where
        // RFC 4180 is not: an unclosed quote runs to the end of the file, "a"b reads as ab. So the cells are read as
        // written (Unescape off) and each is checked against the RFC's two forms of a field before its quotes are taken
        // off: one rule of the grammar, not a second parser.
        // Cells repeat (codes, grades, languages, and whatever a hostile file repeats a million times): Sep's pool per
        // column makes each short value one string. With rows wrapped rather than copied (PackageReader.AsRow), the peak
        // of validating 16 MiB of rows of "x" cells fell from 414 MB to 213 MB (benchmarks/README.md).
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(','), HasHeader = false, Unescape = false, DisableColCountCheck = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: 32),
        }).FromText(text);
        foreach (var row in reader)
        {
            if (row.Span.Length > maxRecordChars)
            {
                throw new MalformedCsvException(true, string.Empty, records.Count, -1);
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var raw = row[i].Span;
                cells[i] = raw.IndexOf('"') < 0 ? row[i].ToString() : Field(raw, records.Count, i);
            }

            records.Add(cells);
            if (!keepReading(cells))
            {
                break;
            }
        }
#else
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            Quote = '"',
            MaxBufferSize = maxRecordChars,
            Culture = System.Globalization.CultureInfo.InvariantCulture,
        };
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(text), options);
            while (reader.Read())
            {
                var cells = new string[reader.RowFieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                records.Add(cells);
                if (!keepReading(cells))
                {
                    break;
                }
            }
        }
        catch (CsvRecordTooLargeException)
        {
            throw new MalformedCsvException(true, string.Empty, records.Count, -1);
        }
        catch (CsvFormatException e)
        {
            throw new MalformedCsvException(false, e.Message, records.Count, e.FieldOrdinal);
        }
#endif
        return records.ToImmutable();
    }

    /// <summary>Writes a header and its rows, quoting only the cells that need it, with CRLF line ends.</summary>
    public static void Write(TextWriter writer, ImmutableArray<string> columns, IEnumerable<ImmutableArray<string>> rows)
    {
        writer.NewLine = "\r\n";
#if NET
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, WriteHeader = false }).To(writer, leaveOpen: true);
        WriteRecord(csv, columns);
        foreach (var row in rows)
        {
            WriteRecord(csv, row);
        }
#else
        using var csv = CsvDataWriter.Create(writer, new CsvDataWriterOptions { Delimiter = ',', Quote = '"', NewLine = "\r\n" });
        csv.Write(new TableDataReader(new Table(string.Empty, columns, ImmutableArray.CreateRange(rows))));
#endif
    }

#if NET
    private static void WriteRecord(SepWriter csv, ImmutableArray<string> cells)
    {
        using var record = csv.NewRow();
        for (var i = 0; i < cells.Length; i++)
        {
            record[i].Set(cells[i]);
        }
    }

    private static string Field(ReadOnlySpan<char> raw, int record, int ordinal)
    {
        var quote = raw.IndexOf('"');
        if (quote < 0)
        {
            return raw.ToString();
        }

        // An escaped field: a quote at each end, and inside only quotes that come in pairs.
        if (quote == 0 && raw.Length >= 2 && raw[raw.Length - 1] == '"')
        {
            var inner = raw.Slice(1, raw.Length - 2);
            var paired = true;
            for (var i = 0; i < inner.Length && paired; i++)
            {
                if (inner[i] == '"')
                {
                    paired = ++i < inner.Length && inner[i] == '"';
                }
            }

            if (paired)
            {
                return inner.ToString().Replace("\"\"", "\"");
            }
        }

        var what = quote == 0 ? "a quoted field is not closed, or text follows its closing quote" : "a quote inside a field that does not start with one";
        throw new MalformedCsvException(false, what, record, ordinal);
    }
#endif
}
