using System;
using System.IO;
using System.IO.Compression;

namespace CentralAsiaCT.Packaging;

/// <summary>A data package zipped: its files at the root of the archive, or all in one top folder.</summary>
internal sealed class ZipPackageFiles : IPackageFiles, IDisposable
{
    private readonly ZipArchive _archive;
    private readonly string _prefix;

    public ZipPackageFiles(Stream zip)
    {
        _archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        _prefix = string.Empty;
        if (_archive.GetEntry(PackageDescriptor.FileName) is null)
        {
            foreach (var entry in _archive.Entries)
            {
                if (entry.Name == PackageDescriptor.FileName && entry.FullName.Split('/').Length == 2)
                {
                    _prefix = entry.FullName.Substring(0, entry.FullName.Length - entry.Name.Length);
                    break;
                }
            }
        }
    }

    public string Description => "in the zip archive";

    public byte[]? Read(string name, long limit)
    {
        var entry = _archive.GetEntry(_prefix + name);
        if (entry is null)
        {
            return null;
        }

        // The declared length of an entry can lie; the bounded read cannot.
        using var stream = entry.Open();
        return BoundedRead.ReadAll(stream, limit);
    }

    public void Dispose() => _archive.Dispose();
}
