using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Editions;

/// <summary>
/// The tables of an edition as text, keyed as its own descriptor keys them: what a comparison needs, and no more. An
/// older package is read this way whatever its data version, since <see cref="CentralAsiaData.Load(string)"/> reads
/// only the tables of this library's data version and an older edition has others (1.x has no reviews table).
/// </summary>
internal sealed class EditionTables
{
    private EditionTables(string name, string version, ImmutableArray<Table> tables)
    {
        Name = name;
        Version = version;
        Tables = tables;
    }

    public string Name { get; }

    public string Version { get; }

    public ImmutableArray<Table> Tables { get; }

    public static EditionTables Of(string name, string version, TableSet tables) => new(name, version, tables.Tables);

    /// <summary>Reads a package folder or zip archive of any data version: its descriptor's name, version and
    /// resources (path and primary key), and the CSV file of each resource.</summary>
    /// <exception cref="DataPackageException">The package cannot be read: no descriptor, a descriptor that is not
    /// JSON or names no resources, a missing or malformed CSV file.</exception>
    public static EditionTables Read(string path)
    {
        var problems = new ProblemList();
        IPackageFiles? files;
        if (File.Exists(path))
        {
            files = ZipPackageFiles.TryOpen(new MemoryStream(File.ReadAllBytes(path)), out var why);
            if (files is null)
            {
                problems.Add(ValidationRules.NotAPackage, why ?? "not a zip archive", Path.GetFileName(path));
                throw new DataPackageException(path, problems.ToImmutable());
            }
        }
        else
        {
            files = new FolderPackageFiles(path);
        }

        var descriptorBytes = Bytes(files, PackageDescriptor.FileName, problems, ValidationRules.DescriptorMissing);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(descriptorBytes);
        }
        catch (JsonException e)
        {
            problems.Add(ValidationRules.DescriptorNotJson, e.Message, PackageDescriptor.FileName);
            throw new DataPackageException(files.Description, problems.ToImmutable());
        }

        using var parsed = document;
        var descriptor = parsed.RootElement;
        if (descriptor.ValueKind != JsonValueKind.Object || !descriptor.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
        {
            problems.Add(ValidationRules.DescriptorShape, "the descriptor names no resources", PackageDescriptor.FileName);
            throw new DataPackageException(files.Description, problems.ToImmutable());
        }

        var tables = ImmutableArray.CreateBuilder<Table>();
        foreach (var resource in resources.EnumerateArray())
        {
            var name = Text(resource, "name");
            var file = Text(resource, "path");
            if (name.Length == 0 || file.Length == 0)
            {
                continue;
            }

            var key = resource.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("primaryKey", out var pk)
                ? pk.ValueKind == JsonValueKind.Array ? pk.EnumerateArray().Select(static k => k.GetString() ?? string.Empty).ToImmutableArray() : ImmutableArray.Create(pk.GetString() ?? string.Empty)
                : ImmutableArray<string>.Empty;
            ImmutableArray<string[]> records;
            try
            {
                records = CsvText.Read(Encoding.UTF8.GetString(Bytes(files, file, problems, ValidationRules.FileMissing)).TrimStart('\uFEFF'), 1 << 20);
            }
            catch (MalformedCsvException e)
            {
                problems.Add(ValidationRules.MalformedCsv, e.Message, file, e.Record);
                throw new DataPackageException(files.Description, problems.ToImmutable());
            }

            if (records.IsEmpty)
            {
                continue;
            }

            var columns = ImmutableArray.Create(records[0]);
            var rows = records.Skip(1).Select(r => Enumerable.Range(0, columns.Length).Select(i => i < r.Length ? r[i] : string.Empty).ToImmutableArray()).ToImmutableArray();
            tables.Add(new Table(name, columns, rows, key.All(columns.Contains) ? key : ImmutableArray<string>.Empty));
        }

        return new EditionTables(Text(descriptor, "name"), Text(descriptor, "version"), tables.ToImmutable());
    }

    private static byte[] Bytes(IPackageFiles files, string name, ProblemList problems, ValidationRule missing)
    {
        byte[]? bytes;
        try
        {
            bytes = files.Read(name, 16L << 20);
        }
        catch (PackageFileRefusedException e)
        {
            problems.Add(e.Rule, e.Message, name);
            throw new DataPackageException(files.Description, problems.ToImmutable());
        }

        if (bytes is null)
        {
            problems.Add(missing, $"{name} is missing", name);
            throw new DataPackageException(files.Description, problems.ToImmutable());
        }

        return bytes;
    }

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
