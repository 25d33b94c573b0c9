using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace CentralAsiaCT.Packaging;

/// <summary>Writes the tables of an edition as a data package: its descriptor and one RFC 4180 CSV file per table.</summary>
internal static class PackageWriter
{
    // Every text file the library writes (data packages, reports, pictures): UTF-8 without a byte-order mark.
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ImmutableArray<string> Write(TableSet tables, PackageDescriptor descriptor, byte[] descriptorJson, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = ImmutableArray.CreateBuilder<string>();
        var json = Path.GetFullPath(Path.Combine(directory, PackageDescriptor.FileName));
        File.WriteAllBytes(json, descriptorJson);
        written.Add(json);
        foreach (var resource in descriptor.Resources)
        {
            var path = Path.GetFullPath(Path.Combine(directory, resource.Path));
            using (var file = new StreamWriter(path, append: false, Utf8))
            {
                var table = tables[resource.Name];
                CsvText.Write(file, table.Columns, table.Rows);
            }

            written.Add(path);
        }

        return written.ToImmutable();
    }
}
