using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Text;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// Reads the files of a data package into tables, within set limits, reporting every problem of the files themselves
/// (missing, oversized, not UTF-8, malformed CSV, wrong header) with its file, row and column.
/// </summary>
internal static class PackageReader
{
    private const int MaxRecordChars = 1024 * 1024;

    /// <summary>A table with more rows of the wrong length than a report lists is broken beyond use: it is not read
    /// further. Without this, a states.csv of a million blank lines took 13 s and 1.2 GB to be told so a million times.</summary>
    public const int MaxWrongLengthRows = ProblemList.MaxProblems;

    // The columns that name the entity a row is about, in the order they are looked for.
    private static readonly string[] EntityColumns = ["id", "alpha3", "entity_id", "state_id", "participant_id"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Semantic Versioning 2.0.0, the regular expression its specification gives (https://semver.org).
    private static readonly Regex SemanticVersion = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(200));

    /// <summary>
    /// Reads the files and checks every table that could be read against every rule, skipping only the cells and
    /// tables already reported broken; the tables are returned only when there is no error.
    /// </summary>
    public static (PackageDescriptor? Descriptor, TableSet? Tables) ReadValidated(IPackageFiles files, ProblemList problems, EntityKinds? kinds = null, PackageLimits? limits = null)
    {
        var broken = new BrokenCells();
        var (descriptor, tables) = Read(files, problems, broken, limits: limits);
        if (descriptor is null || tables is null)
        {
            return (descriptor, null);
        }

        problems.EntityOfRow = (file, row) =>
            descriptor.Resources.FirstOrDefault(r => r.Path == file) is { } resource && tables.TryGet(resource.Name, out var table) && row <= table.Rows.Length
                ? EntityColumns.Where(table.Columns.Contains).Select(c => table.Rows[row - 1][table.IndexOf(c)]).FirstOrDefault()
                : null;

        PackageValidator.Validate(tables, descriptor, problems, broken, kinds ?? EntityKinds.BuiltIn);
        return (descriptor, problems.HasErrors ? null : tables);
    }

    /// <summary>
    /// Reads the descriptor and every table that can be read, reporting what cannot; the tables that could be read
    /// (possibly none) come back whenever the descriptor could be read, with the rows of wrong length marked broken.
    /// <paramref name="asModel"/> false reads a package of any data version, as its own descriptor says (the comparison
    /// of editions): the tables the model reads are then not held to the published fields.
    /// </summary>
    public static (PackageDescriptor? Descriptor, TableSet? Tables) Read(IPackageFiles files, ProblemList problems, BrokenCells broken, bool asModel = true, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        var (maxFileBytes, maxPackageBytes, maxResources) = (limits.MaxFileBytes, limits.MaxPackageBytes, limits.MaxResources);
        var json = ReadFile(files, PackageDescriptor.FileName, maxFileBytes, problems, out var refused);
        if (json is null)
        {
            if (!refused)
            {
                problems.Add(ValidationRules.DescriptorMissing, $"there is no {PackageDescriptor.FileName} {files.Description}", PackageDescriptor.FileName);
            }

            return (null, null);
        }

        if (json.Length > maxFileBytes)
        {
            problems.Add(ValidationRules.FileTooLarge, $"larger than {maxFileBytes} bytes", PackageDescriptor.FileName);
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

        CheckVersionAndCreated(descriptor.Metadata, problems);
        if (descriptor.Resources.Length > maxResources)
        {
            problems.Add(ValidationRules.FileTooLarge, $"{descriptor.Resources.Length} resources; at most {maxResources} are read", PackageDescriptor.FileName);
            return (descriptor, null);
        }

        // The tables the model reads are those of the published package, as each data version has them (EditionShape).
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        if (asModel && !EditionShape.Check(descriptor, PackageDescriptor.Published, problems, unreadable))
        {
            return (descriptor, null);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in descriptor.Resources)
        {
            var fields = resource.FieldNames;
            if (resource.PrimaryKey.Concat(resource.ForeignKeys.Select(static k => k.Field)).Any(k => !fields.Contains(k)) || fields.Distinct().Count() != fields.Length)
            {
                problems.Add(ValidationRules.DescriptorShape, $"the schema of '{resource.Name}' repeats a field, or keys a field it does not have", PackageDescriptor.FileName);
                unreadable.Add(resource.Name);
            }

            if (!names.Add(resource.Name))
            {
                problems.Add(ValidationRules.DescriptorShape, $"two resources are named '{resource.Name}'", PackageDescriptor.FileName);
                unreadable.Add(resource.Name);
            }
        }

        var tables = ImmutableArray.CreateBuilder<Table>(descriptor.Resources.Length);
        long total = json.Length;
        foreach (var resource in descriptor.Resources)
        {
            if (unreadable.Contains(resource.Name))
            {
                continue;
            }

            if (ResourcePath.Refusal(resource.Path) is { } refusal)
            {
                problems.Add(ValidationRules.ResourcePath, $"the path '{Quoted.Input(resource.Path)}' of '{Quoted.Input(resource.Name)}' {refusal}", PackageDescriptor.FileName);
                continue;
            }

            var bytes = ReadFile(files, resource.Path, maxFileBytes, problems, out refused);
            if (bytes is null)
            {
                if (!refused)
                {
                    problems.Add(ValidationRules.FileMissing, $"the file of resource '{resource.Name}' is missing {files.Description}", resource.Path);
                }

                continue;
            }

            total += bytes.Length;
            if (bytes.Length > maxFileBytes || total > maxPackageBytes)
            {
                problems.Add(ValidationRules.FileTooLarge, bytes.Length > maxFileBytes ? $"larger than {maxFileBytes} bytes" : $"the package passes {maxPackageBytes} bytes here", resource.Path);
                continue;
            }

            var table = ReadTable(StripByteOrderMark(bytes, resource.Path, problems), resource, problems, broken);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return (descriptor, new TableSet(descriptor.Metadata, tables.ToImmutable()));
    }

    private static byte[]? ReadFile(IPackageFiles files, string name, long maxBytes, ProblemList problems, out bool refused)
    {
        refused = false;
        try
        {
            return files.Read(name, maxBytes);
        }
        catch (PackageFileRefusedException e)
        {
            refused = true;
            problems.Add(e.Rule, e.Message, name);
            return null;
        }
    }

    private static void CheckVersionAndCreated(PackageMetadata metadata, ProblemList problems)
    {
        if (metadata.Version.Length > 0 && !SchemaRules.Matches(SemanticVersion, metadata.Version))
        {
            problems.Add(ValidationRules.VersionAndCreated, $"the version '{Quoted.Input(metadata.Version)}' is not a semantic version such as 2.0.0", PackageDescriptor.FileName);
        }

        if (metadata.Created.Length > 0 && !IsoDateText.TryParseInstant(metadata.Created, out _))
        {
            problems.Add(ValidationRules.VersionAndCreated, $"'created' is '{Quoted.Input(metadata.Created)}', not a UTC instant such as 2026-12-02T00:00:00Z", PackageDescriptor.FileName);
        }
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

    private static Table? ReadTable(byte[] bytes, ResourceDescriptor resource, ProblemList problems, BrokenCells broken)
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

        ImmutableArray<string[]> records;
        try
        {
            var width = -1;
            var wrong = 0;
            records = CsvText.Read(text, MaxRecordChars, record =>
            {
                if (width < 0)
                {
                    width = record.Length;
                }
                else if (record.Length != width)
                {
                    wrong++;
                }

                return wrong <= MaxWrongLengthRows;
            });
        }
        catch (MalformedCsvException e) when (e.RecordTooLarge)
        {
            problems.Add(ValidationRules.MalformedCsv, $"a record is longer than {MaxRecordChars} characters (an unclosed quote?)", resource.Path, e.Record);
            return null;
        }
        catch (MalformedCsvException e)
        {
            var column = e.FieldOrdinal >= 0 && e.FieldOrdinal < resource.Fields.Length ? resource.Fields[e.FieldOrdinal].Name : null;
            problems.Add(ValidationRules.MalformedCsv, e.Message, resource.Path, e.Record, column);
            return null;
        }

        if (records.IsEmpty)
        {
            problems.Add(ValidationRules.EmptyFile, "the file has no header", resource.Path);
            return null;
        }

        var columns = ImmutableArray.Create(records[0]);
        if (!CheckHeader(columns, resource, problems))
        {
            return null;
        }

        var wrongLength = records.Skip(1).Count(r => r.Length != columns.Length);
        if (wrongLength > MaxWrongLengthRows)
        {
            problems.Add(ValidationRules.CellCount, $"more than {MaxWrongLengthRows} rows have another number of cells than the header's {columns.Length} (blank lines?): the table is broken beyond use and is not read further", resource.Path);
            return null;
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(records.Length - 1);
        for (var r = 1; r < records.Length; r++)
        {
            var record = records[r];
            if (record.Length != columns.Length)
            {
                problems.Add(ValidationRules.CellCount, $"{record.Length} cells where the header has {columns.Length}", resource.Path, r);
                broken.Row(resource.Name, r);
            }

            var cells = record;
            if (record.Length != columns.Length)
            {
                cells = new string[columns.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = i < record.Length ? record[i] : string.Empty;
                }
            }

            // The record's array is the row's own, never seen elsewhere: it is wrapped, not copied (a copy per row was
            // a third of the memory of a 16 MiB package).
            rows.Add(AsRow(cells));
        }

        // A row of the wrong length is kept, marked broken, so that the rules still read every other row of the table.
        return new Table(resource.Name, columns, rows.ToImmutable(), resource.PrimaryKey);
    }

    private static ImmutableArray<string> AsRow(string[] cells) =>
#if NET
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);
#else
        ImmutableArray.Create(cells);
#endif

    private static bool CheckHeader(ImmutableArray<string> columns, ResourceDescriptor resource, ProblemList problems)
    {
        var expected = resource.FieldNames;
        if (columns.SequenceEqual(expected))
        {
            return true;
        }

        // Each name quoted, so that a header cell of a megabyte is shown as 80 characters (and the message cut at its
        // limit when there are many).
        static string List(IEnumerable<string> names, string separator) => string.Join(separator, names.Select(Quoted.Input));
        var missing = expected.Except(columns).ToList();
        var extra = columns.Except(expected).ToList();
        var what = missing.Count > 0 || extra.Count > 0
            ? $"missing: {(missing.Count == 0 ? "none" : List(missing, ", "))}; extra: {(extra.Count == 0 ? "none" : List(extra, ", "))}"
            : "the columns are out of order or repeated";
        problems.Add(ValidationRules.Header, $"the header ({List(columns, ",")}) differs from the schema ({List(expected, ",")}): {what}", resource.Path, 0);
        return false;
    }
}
