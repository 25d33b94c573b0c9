using System;
using System.IO;
#if NET6_0_OR_GREATER
using System.Runtime.InteropServices;
#endif
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// A data package laid out as a folder: <c>datapackage.json</c> beside its CSV files. It never reads outside the
/// folder: a file that is a link (a symbolic link, or a reparse point on Windows) is read only when its final target
/// is a file of the folder itself.
/// </summary>
internal sealed class FolderPackageFiles(string directory) : IPackageFiles
{
#if NET6_0_OR_GREATER
    private static readonly StringComparison PathComparison =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
#endif

    public string Description => $"in '{directory}'";

    public byte[]? Read(string name, long limit)
    {
        if (!Directory.Exists(directory))
        {
            throw new PackageFileRefusedException(
                ValidationRules.NotAPackage,
                File.Exists(directory)
                    ? $"'{directory}' is a file, not a folder: give the folder that holds {PackageDescriptor.FileName}, or a .zip of it"
                    : $"there is no folder '{directory}'");
        }

        var path = Path.Combine(directory, name);
        try
        {
            var file = new FileInfo(path);
            if ((file.Exists || Directory.Exists(path)) && (file.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                CheckLinkStaysInside(file, name);
            }

            if (!file.Exists)
            {
                return null;
            }

            using var stream = file.OpenRead();
            return BoundedRead.ReadAll(stream, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackageFileRefusedException(ValidationRules.NotAPackage, $"'{name}' cannot be read: {e.Message}");
        }
    }

    private void CheckLinkStaysInside(FileInfo link, string name)
    {
#if NET6_0_OR_GREATER
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        var folder = Path.GetFullPath(directory);
        var resolvedFolder = Directory.ResolveLinkTarget(folder, returnFinalTarget: true)?.FullName ?? folder;

        // Resource paths are plain file names, so a link that stays inside points at a file of the folder itself: its
        // parent folder is the package folder, never a subfolder (which could itself be a link to anywhere).
        var parent = target is null ? null : Path.GetDirectoryName(target.FullName);
        if (parent is not null && (SameFolder(parent, folder) || SameFolder(parent, resolvedFolder)))
        {
            return;
        }

        throw new PackageFileRefusedException(ValidationRules.LinkOutside, $"'{name}' is a link to '{target?.FullName ?? link.LinkTarget}', outside the package folder; it is not read");
#else
        // The netstandard2.0 build cannot resolve links: it refuses them all rather than follow one out of the folder.
        _ = link;
        _ = directory;
        throw new PackageFileRefusedException(ValidationRules.LinkOutside, $"'{name}' is a link; this build of the library does not follow links, so it is not read");
#endif
    }

#if NET6_0_OR_GREATER
    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), PathComparison);
#endif
}
