using System.IO;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT;

// Validating this edition, loading another one from files, and checking one's own data against an edition.
public sealed partial class CentralAsiaData
{
    /// <summary>
    /// Checks this edition against every rule of <see cref="ValidationRules"/> and reports every problem found; it never
    /// stops at the first. The built-in edition reports no error and no warning.
    /// </summary>
    /// <returns>The report.</returns>
    public ValidationReport Validate()
    {
        var problems = new ProblemList();
        PackageValidator.Validate(_tables, Descriptor, problems, _reader.Kinds);
        return new ValidationReport(problems.ToImmutable());
    }

#pragma warning disable RS0026 // Optional limits on overloads whose first parameters differ in type (string, Stream): no call is ambiguous, and the edition keeps four entry points instead of eight.
    /// <summary>
    /// Loads a data package laid out as a folder (<c>datapackage.json</c> beside its CSV files, as in this project's
    /// <c>data/</c>), validates it, and returns an edition that every query and lookup works on, like <see cref="Default"/>.
    /// Use it to read a newer or extended edition without waiting for a release of the code.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="limits">The limits within which the package is read (rule <c>PKG004</c>); <see cref="PackageLimits.Default"/> when null.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DataPackageException">The package has errors; the exception lists every problem found, with file, row, column and rule.</exception>
    public static CentralAsiaData Load(string directory, PackageLimits? limits = null)
    {
        Argument.NotNull(directory);

        return Load(new FolderPackageFiles(directory), limits: limits);
    }

    /// <summary>Loads a zipped data package (its files at the root of the archive or in one top folder), as <see cref="Load(string, PackageLimits?)"/> does.</summary>
    /// <param name="zipArchive">The archive; read, not disposed.</param>
    /// <param name="limits">The limits within which the package is read (rule <c>PKG004</c>); <see cref="PackageLimits.Default"/> when null.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zipArchive"/> is <see langword="null"/>.</exception>
    /// <exception cref="DataPackageException">The stream is not a zip archive (rule <c>PKG008</c>), or the package has errors.</exception>
    public static CentralAsiaData Load(Stream zipArchive, PackageLimits? limits = null)
    {
        var report = ReadZip(zipArchive, out var data, limits);
        return data ?? throw new DataPackageException("in the zip archive", report.Problems);
    }

    /// <summary>
    /// Validates a data package folder without loading it: every problem, errors and warnings. It never throws on a
    /// bad package: a path that is no folder, or a file that cannot be read, is a problem of the report (<c>PKG008</c>).
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="limits">The limits within which the package is read (rule <c>PKG004</c>); <see cref="PackageLimits.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidatePackage(string directory, PackageLimits? limits = null)
    {
        Argument.NotNull(directory);

        return Read(new FolderPackageFiles(directory), out _, limits: limits);
    }

    /// <summary>
    /// Validates a zipped data package without loading it. It never throws on a bad archive: a stream that is not a zip
    /// archive is a problem of the report (<c>PKG008</c>).
    /// </summary>
    /// <param name="zipArchive">The archive; read, not disposed.</param>
    /// <param name="limits">The limits within which the package is read (rule <c>PKG004</c>); <see cref="PackageLimits.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zipArchive"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidatePackage(Stream zipArchive, PackageLimits? limits = null) => ReadZip(zipArchive, out _, limits);

#pragma warning restore RS0026

    /// <summary>Whether this edition holds the same tables, cell for cell, as <paramref name="other"/>.</summary>
    /// <param name="other">Another edition, for example one loaded from an exported folder.</param>
    /// <returns><see langword="true"/> when both were read from the same data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    internal bool HasSameDataAs(CentralAsiaData other)
    {
        Argument.NotNull(other);

        if (_tables.Metadata != other._tables.Metadata || _tables.Tables.Length != other._tables.Tables.Length)
        {
            return false;
        }

        for (var t = 0; t < _tables.Tables.Length; t++)
        {
            var mine = _tables.Tables[t];
            var theirs = other._tables.Tables[t];
            if (mine.Name != theirs.Name || !System.Linq.Enumerable.SequenceEqual(mine.Columns, theirs.Columns) || mine.Rows.Length != theirs.Rows.Length)
            {
                return false;
            }

            for (var r = 0; r < mine.Rows.Length; r++)
            {
                if (!System.Linq.Enumerable.SequenceEqual(mine.Rows[r], theirs.Rows[r]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    internal static CentralAsiaData Load(IPackageFiles files, EntityKinds? kinds = null, PackageLimits? limits = null)
    {
        var report = Read(files, out var data, kinds, limits);
        return data ?? throw new DataPackageException(files.Description, report.Problems);
    }

    internal static ValidationReport Read(IPackageFiles files, out CentralAsiaData? data, EntityKinds? kinds = null, PackageLimits? limits = null)
    {
        data = null;
        var problems = new ProblemList();
        var (descriptor, tables) = PackageReader.ReadValidated(files, problems, kinds, limits);
        if (descriptor is not null && tables is not null)
        {
            try
            {
                data = DataSetReader.Read(tables, descriptor, kinds);
            }
            catch (FormatException e)
            {
                problems.Add(ValidationRules.Model, e.Message);
            }
        }

        return new ValidationReport(problems.ToImmutable());
    }

    private static ValidationReport ReadZip(Stream zipArchive, out CentralAsiaData? data, PackageLimits? limits)
    {
        Argument.NotNull(zipArchive);

        using var files = ZipPackageFiles.TryOpen(zipArchive, out var why);
        if (files is null)
        {
            data = null;
            var rule = ValidationRules.NotAPackage;
            return new ValidationReport([new ValidationProblem(rule.Id, rule.Severity, why!, null, null, null, null)]);
        }

        return Read(files, out data, limits: limits);
    }
}
