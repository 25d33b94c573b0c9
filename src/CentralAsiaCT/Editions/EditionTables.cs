using System.Collections.Immutable;
using System.IO;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Editions;

/// <summary>
/// The tables of an edition as text, keyed as its own descriptor keys them: what a comparison needs, and no more. An
/// older package is read this way whatever its data version, since <see cref="CentralAsiaData.Load(string, PackageLimits?)"/> reads
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

    /// <summary>Reads a package folder or zip archive of any data version with the one package reader, each table as
    /// its own descriptor gives it.</summary>
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

        using (files as System.IDisposable)
        {
            var (descriptor, tables) = PackageReader.Read(files, problems, new BrokenCells(), asModel: false);
            if (descriptor is null || tables is null || problems.HasErrors)
            {
                throw new DataPackageException(files.Description, problems.ToImmutable());
            }

            return new EditionTables(descriptor.Metadata.Name, descriptor.Metadata.Version, tables.Tables);
        }
    }
}
