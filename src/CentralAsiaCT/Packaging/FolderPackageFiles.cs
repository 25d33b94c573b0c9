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

    public string Description => $"in '{Quoted.Input(directory)}'";

    public byte[]? Read(string name, long limit)
    {
        if (!Directory.Exists(directory))
        {
            throw new PackageFileRefusedException(
                ValidationRules.NotAPackage,
                File.Exists(directory)
                    ? $"'{Quoted.Input(directory)}' is a file, not a folder: give the folder that holds {PackageDescriptor.FileName}, or a .zip of it"
                    : $"there is no folder '{Quoted.Input(directory)}'");
        }

        var path = Path.Combine(directory, name);
        try
        {
            var file = new FileInfo(path);
            if ((file.Exists || Directory.Exists(path)) && (file.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                file = CheckLinkStaysInside(file, name);
            }

            if (Directory.Exists(file.FullName))
            {
                throw new PackageFileRefusedException(ValidationRules.NotAFile, $"'{Quoted.Input(name)}' is a folder, not a file");
            }

            if (!file.Exists)
            {
                return null;
            }

            // .NET tells a pipe, a socket or a device from a file only by opening it, and opening a pipe blocks until
            // a writer comes, forever; each of them reports no length, so a file of no length is never opened.
            if (file.Length == 0)
            {
                throw new PackageFileRefusedException(ValidationRules.NotAFile, $"'{Quoted.Input(name)}' reports no length: a pipe, a socket, a device or an empty file; it is not opened");
            }

            using var stream = file.OpenRead();
            return BoundedRead.ReadAll(stream, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackageFileRefusedException(ValidationRules.NotAPackage, $"'{Quoted.Input(name)}' cannot be read: {Quoted.Input(e.Message)}");
        }
    }

    /// <summary>The file a link leads to, when it stays inside the folder.</summary>
    private FileInfo CheckLinkStaysInside(FileInfo link, string name)
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
            return new FileInfo(target!.FullName);
        }

        throw new PackageFileRefusedException(ValidationRules.LinkOutside, $"'{Quoted.Input(name)}' is a link to '{Quoted.Input(target?.FullName ?? link.LinkTarget ?? string.Empty)}', outside the package folder; it is not read");
#else
        // The netstandard2.0 build cannot resolve links: it refuses them all rather than follow one out of the folder.
        _ = link;
        _ = directory;
        throw new PackageFileRefusedException(ValidationRules.LinkOutside, $"'{Quoted.Input(name)}' is a link; this build of the library does not follow links, so it is not read");
#endif
    }

#if NET6_0_OR_GREATER
    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), PathComparison);
#endif
}
