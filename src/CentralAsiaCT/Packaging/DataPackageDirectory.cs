using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads the tables of a data package folder, failing with every problem if the package breaks any rule.</summary>
internal static class DataPackageDirectory
{
    public static TableSet Read(string directory)
    {
        var problems = new ProblemList();
        var (_, tables) = PackageReader.ReadValidated(new FolderPackageFiles(directory), problems);
        return tables ?? throw new DataPackageException($"in '{directory}'", problems.ToImmutable());
    }
}
