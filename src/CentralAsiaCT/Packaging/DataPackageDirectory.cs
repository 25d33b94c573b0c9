using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads the tables of a data package folder, failing with every problem if the package breaks any rule.</summary>
internal static class DataPackageDirectory
{
    public static TableSet Read(string directory)
    {
        var problems = new ProblemList();
        var (descriptor, tables) = PackageReader.Read(new FolderPackageFiles(directory), problems);
        if (descriptor is not null && tables is not null)
        {
            PackageValidator.Validate(tables, descriptor, problems);
        }

        return !problems.HasErrors && tables is not null ? tables : throw new DataPackageException($"in '{directory}'", problems.ToImmutable());
    }
}
