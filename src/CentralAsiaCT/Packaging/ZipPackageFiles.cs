using System;
using System.IO;
using System.IO.Compression;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>A data package zipped: its files at the root of the archive, or all in one top folder.</summary>
internal sealed class ZipPackageFiles : IPackageFiles, IDisposable
{
    private readonly ZipArchive _archive;
    private readonly string _prefix;

    private ZipPackageFiles(ZipArchive archive)
    {
        _archive = archive;
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

    /// <summary>Opens the archive, or says in one line why the stream is not one.</summary>
    public static ZipPackageFiles? TryOpen(Stream zip, out string? why)
    {
        why = null;
        try
        {
            return new ZipPackageFiles(new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // ArgumentException: a stream that cannot be read; NotSupportedException: one that cannot seek, on some targets.
            why = $"not a zip archive ({e.Message})";
            return null;
        }
    }

    public byte[]? Read(string name, long limit)
    {
        try
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
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new PackageFileRefusedException(ValidationRules.NotAPackage, $"the entry '{name}' of the archive cannot be read: {e.Message}");
        }
    }

    public void Dispose() => _archive.Dispose();
}
