using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads the tables of a data package folder, failing with every problem of its files.</summary>
internal static class DataPackageDirectory
{
    public static TableSet Read(string directory)
    {
        var problems = new ProblemList();
        var (_, tables) = PackageReader.Read(new FolderPackageFiles(directory), problems);
        return tables ?? throw new DataPackageException($"in '{directory}'", problems.ToImmutable());
    }
}
