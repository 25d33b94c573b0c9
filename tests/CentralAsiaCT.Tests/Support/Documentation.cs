using System.IO;

namespace CentralAsiaCT.Tests.Support;

/// <summary>The documentation users read: the README, and the guides it leads to (<c>src/docs/guide</c>), which hold
/// the reference that the README leaves out so that a newcomer reads it in a few minutes.</summary>
internal static class Documentation
{
    public static string Readme { get; } = Read(Repository.InRoot("README.md"));

    /// <summary>The guides, in the order of their file names.</summary>
    public static IReadOnlyList<string> GuidePaths { get; } =
        Directory.GetFiles(Repository.InRoot("src", "docs", "guide"), "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The README, then every guide.</summary>
    public static string All { get; } = string.Join("\n", new[] { Readme }.Concat(GuidePaths.Select(Read)));

    private static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
}
