using System.Collections.Immutable;
using System.IO;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads a data package laid out as a folder (<c>datapackage.json</c> beside its CSV files) into tables.</summary>
internal static class DataPackageDirectory
{
    public static TableSet Read(string directory)
    {
        PackageDescriptor descriptor;
        using (var json = File.OpenRead(Path.Combine(directory, "datapackage.json")))
        {
            descriptor = PackageDescriptor.Parse(json);
        }

        var tables = ImmutableArray.CreateBuilder<Table>(descriptor.Resources.Length);
        foreach (var resource in descriptor.Resources)
        {
            using var csv = File.OpenRead(Path.Combine(directory, resource.Path));
            tables.Add(CsvTable.Read(csv, resource));
        }

        return new TableSet(descriptor.Metadata, tables.MoveToImmutable());
    }
}
