using System.IO;

namespace CentralAsiaCT.Packaging;

/// <summary>A data package laid out as a folder: <c>datapackage.json</c> beside its CSV files.</summary>
internal sealed class FolderPackageFiles(string directory) : IPackageFiles
{
    public string Description => $"in '{directory}'";

    public byte[]? Read(string name, long limit)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = File.OpenRead(path);
        return BoundedRead.ReadAll(file, limit);
    }
}
