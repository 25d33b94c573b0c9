using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads one CSV resource of a data package into a <see cref="Table"/>, checking its header against the schema.</summary>
internal static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Table Read(Stream csv, ResourceDescriptor resource)
    {
        using var text = new StreamReader(csv, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"' };
        using var reader = CsvDataReader.Create(text, options);

        var columns = ImmutableArray.CreateBuilder<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columns.Add(reader.GetName(i));
        }

        if (!columns.SequenceEqual(resource.FieldNames))
        {
            throw new FormatException(
                $"{resource.Path}: the header ({string.Join(",", columns)}) differs from the schema ({string.Join(",", resource.FieldNames)}).");
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        while (reader.Read())
        {
            if (reader.RowFieldCount != columns.Count)
            {
                throw new FormatException($"{resource.Path}, row {rows.Count + 1}: {reader.RowFieldCount} cells where the header has {columns.Count}.");
            }

            var cells = new string[columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            rows.Add(ImmutableArray.Create(cells));
        }

        return new Table(resource.Name, columns.ToImmutable(), rows.ToImmutable());
    }
}
