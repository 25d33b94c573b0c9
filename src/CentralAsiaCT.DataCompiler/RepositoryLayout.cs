using System.IO;

namespace CentralAsiaCT.DataCompiler;

/// <summary>Where the data package and the generated file live in a checkout of the repository.</summary>
internal static class RepositoryLayout
{
    public const string GeneratedFile = "src/CentralAsiaCT/Packaging/BuiltInPackage.g.cs";

    /// <summary>The checkout's root: the nearest folder upwards that holds <c>CentralAsiaCT.sln</c>.</summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CentralAsiaCT.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
