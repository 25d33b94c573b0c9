using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using CentralAsiaCT.Validation;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// Reads the files of a data package into tables, within set limits, reporting every problem of the files themselves
/// (missing, oversized, not UTF-8, malformed CSV, wrong header) with its file, row and column.
/// </summary>
internal static class PackageReader
{
    public const long MaxFileBytes = 4L * 1024 * 1024;
    public const long MaxPackageBytes = 16L * 1024 * 1024;
    public const int MaxResources = 64;
    private const int MaxRecordChars = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the files and checks the tables against every rule; the tables only when there is no error.</summary>
    public static (PackageDescriptor? Descriptor, TableSet? Tables) ReadValidated(IPackageFiles files, ProblemList problems)
    {
        var (descriptor, tables) = Read(files, problems);
        if (descriptor is null || tables is null)
        {
            return (descriptor, null);
        }

        PackageValidator.Validate(tables, descriptor, problems);
        return (descriptor, problems.HasErrors ? null : tables);
    }

    public static (PackageDescriptor? Descriptor, TableSet? Tables) Read(IPackageFiles files, ProblemList problems)
    {
        var json = files.Read(PackageDescriptor.FileName, MaxFileBytes);
        if (json is null)
        {
            problems.Add(ValidationRules.DescriptorMissing, $"there is no {PackageDescriptor.FileName} {files.Description}", PackageDescriptor.FileName);
            return (null, null);
        }

        if (json.Length > MaxFileBytes)
        {
            problems.Add(ValidationRules.FileTooLarge, $"larger than {MaxFileBytes} bytes", PackageDescriptor.FileName);
            return (null, null);
        }

        json = StripByteOrderMark(json, PackageDescriptor.FileName, problems);
        try
        {
            // System.Text.Json checks the UTF-8 of a string only when it is read: check it all first.
            StrictUtf8.GetCharCount(json);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(ValidationRules.NotUtf8, $"not valid UTF-8 (byte {e.Index})", PackageDescriptor.FileName);
            return (null, null);
        }

        var descriptor = PackageDescriptor.Read(json, problems);
        if (descriptor is null)
        {
            return (null, null);
        }

        if (descriptor.Resources.Length > MaxResources)
        {
            problems.Add(ValidationRules.FileTooLarge, $"{descriptor.Resources.Length} resources; at most {MaxResources} are read", PackageDescriptor.FileName);
            return (descriptor, null);
        }

        // The tables the model reads, with their fields, are those of the published package: another edition may add
        // tables, but must give these the same fields.
        foreach (var model in PackageDescriptor.Published.Resources)
        {
            var resource = descriptor.Resources.FirstOrDefault(r => r.Name == model.Name);
            if (resource is null)
            {
                problems.Add(ValidationRules.DescriptorShape, $"the resource '{model.Name}' is missing", PackageDescriptor.FileName);
            }
            else if (!resource.FieldNames.SequenceEqual(model.FieldNames))
            {
                problems.Add(ValidationRules.DescriptorShape, $"the resource '{model.Name}' must have the fields {string.Join(",", model.FieldNames)}", PackageDescriptor.FileName);
            }
        }

        foreach (var resource in descriptor.Resources)
        {
            var fields = resource.FieldNames;
            if (resource.PrimaryKey.Concat(resource.ForeignKeys.Select(static k => k.Field)).Any(k => !fields.Contains(k)) || fields.Distinct().Count() != fields.Length)
            {
                problems.Add(ValidationRules.DescriptorShape, $"the schema of '{resource.Name}' repeats a field, or keys a field it does not have", PackageDescriptor.FileName);
            }
        }

        if (problems.HasErrors)
        {
            return (descriptor, null);
        }

        var tables = ImmutableArray.CreateBuilder<Table>(descriptor.Resources.Length);
        long total = json.Length;
        foreach (var resource in descriptor.Resources)
        {
            if (resource.Path.Length == 0 || resource.Path.IndexOfAny(['/', '\\', ':']) >= 0 || resource.Path[0] == '.')
            {
                problems.Add(ValidationRules.DescriptorShape, $"the path '{resource.Path}' of '{resource.Name}' is not a file name inside the package", PackageDescriptor.FileName);
                continue;
            }

            var bytes = files.Read(resource.Path, MaxFileBytes);
            if (bytes is null)
            {
                problems.Add(ValidationRules.FileMissing, $"the file of resource '{resource.Name}' is missing {files.Description}", resource.Path);
                continue;
            }

            total += bytes.Length;
            if (bytes.Length > MaxFileBytes || total > MaxPackageBytes)
            {
                problems.Add(ValidationRules.FileTooLarge, bytes.Length > MaxFileBytes ? $"larger than {MaxFileBytes} bytes" : $"the package passes {MaxPackageBytes} bytes here", resource.Path);
                continue;
            }

            var table = ReadTable(StripByteOrderMark(bytes, resource.Path, problems), resource, problems);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return (descriptor, problems.HasErrors ? null : new TableSet(descriptor.Metadata, tables.ToImmutable()));
    }

    private static byte[] StripByteOrderMark(byte[] bytes, string file, ProblemList problems)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            problems.Add(ValidationRules.ByteOrderMark, "starts with a UTF-8 byte-order mark, which is skipped", file);
            return bytes.AsSpan(3).ToArray();
        }

        return bytes;
    }

    private static Table? ReadTable(byte[] bytes, ResourceDescriptor resource, ProblemList problems)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(ValidationRules.NotUtf8, $"not valid UTF-8 (byte {e.Index})", resource.Path);
            return null;
        }

        if (text.Length == 0)
        {
            problems.Add(ValidationRules.EmptyFile, "the file is empty: not even a header", resource.Path);
            return null;
        }

        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            Quote = '"',
            MaxBufferSize = MaxRecordChars,
            Culture = System.Globalization.CultureInfo.InvariantCulture,
        };
        var before = problems.Count;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        ImmutableArray<string> columns;
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(text), options);
            var header = ImmutableArray.CreateBuilder<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                header.Add(reader.GetName(i));
            }

            columns = header.MoveToImmutable();
            CheckHeader(columns, resource, problems);
            while (reader.Read())
            {
                if (reader.RowFieldCount != columns.Length)
                {
                    problems.Add(ValidationRules.CellCount, $"{reader.RowFieldCount} cells where the header has {columns.Length}", resource.Path, rows.Count + 1);
                }

                var cells = new string[columns.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = i < reader.RowFieldCount ? reader.GetString(i) : string.Empty;
                }

                rows.Add(ImmutableArray.Create(cells));
            }
        }
        catch (CsvMissingHeadersException)
        {
            problems.Add(ValidationRules.EmptyFile, "the file has no header", resource.Path);
            return null;
        }
        catch (CsvRecordTooLargeException)
        {
            problems.Add(ValidationRules.MalformedCsv, $"a record is longer than {MaxRecordChars} characters (an unclosed quote?)", resource.Path, rows.Count + 1);
            return null;
        }
        catch (CsvFormatException e)
        {
            var column = e.FieldOrdinal >= 0 && e.FieldOrdinal < resource.Fields.Length ? resource.Fields[e.FieldOrdinal].Name : null;
            problems.Add(ValidationRules.MalformedCsv, e.Message, resource.Path, Math.Max(e.RowNumber - 1, 0), column);
            return null;
        }

        return problems.Count == before ? new Table(resource.Name, columns, rows.ToImmutable()) : null;
    }

    private static void CheckHeader(ImmutableArray<string> columns, ResourceDescriptor resource, ProblemList problems)
    {
        var expected = resource.FieldNames;
        if (columns.SequenceEqual(expected))
        {
            return;
        }

        var missing = expected.Except(columns).ToList();
        var extra = columns.Except(expected).ToList();
        var what = missing.Count > 0 || extra.Count > 0
            ? $"missing: {(missing.Count == 0 ? "none" : string.Join(", ", missing))}; extra: {(extra.Count == 0 ? "none" : string.Join(", ", extra))}"
            : "the columns are out of order or repeated";
        problems.Add(ValidationRules.Header, $"the header ({string.Join(",", columns)}) differs from the schema ({string.Join(",", expected)}): {what}", resource.Path, 0);
    }
}
