using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace CentralAsiaCT;

/// <summary>
/// The files of the data package exactly as published in <c>data/</c> (<c>datapackage.json</c> and its CSV tables),
/// embedded in the assembly so that anyone can export them, for example to read them with pandas, R or the
/// Frictionless tools, byte for byte as this version of the package shipped them.
/// </summary>
public static class PublishedDataPackage
{
    private const string Prefix = "CentralAsiaCT.data.";

    /// <summary>The names of the files: <c>datapackage.json</c> first (it says what the others are), then the tables' files
    /// in ordinal order (<c>citations.csv</c>, <c>documents.csv</c>, ...).</summary>
    public static ImmutableArray<string> FileNames { get; } = ListFileNames();

    /// <summary>Opens one of the files for reading.</summary>
    /// <param name="fileName">A name from <see cref="FileNames"/>, for example <c>states.csv</c>.</param>
    /// <returns>A read-only stream of the file's bytes; the caller disposes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The package has no file of that name; the message names it.</exception>
    public static Stream Open(string fileName)
    {
        Argument.NotNull(fileName);

        // Only the listed names are looked up, so that a path such as "../x" can never reach another resource.
        var index = FileNames.IndexOf(fileName, StringComparer.Ordinal);
        return index >= 0
            ? typeof(PublishedDataPackage).Assembly.GetManifestResourceStream(Prefix + fileName)!
            : throw new KeyNotFoundException($"The published data package has no file '{Quoted.Input(fileName)}'.");
    }


    private const string PackageDescriptorFileName = "datapackage.json";

    private static ImmutableArray<string> ListFileNames()
    {
        var names = new List<string>();
        foreach (var resource in typeof(PublishedDataPackage).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                names.Add(resource.Substring(Prefix.Length));
            }
        }

        names.Sort(static (a, b) => a == b ? 0 : a == PackageDescriptorFileName ? -1 : b == PackageDescriptorFileName ? 1 : string.CompareOrdinal(a, b));
        return ImmutableArray.CreateRange(names);
    }
}
