using System;

namespace CentralAsiaCT.Validation;

/// <summary>
/// The limits within which a data package is read (rule <c>PKG004</c>): a file or a package past them is refused before
/// its rows are read, after reading at most the limit. With the defaults, any package is validated or refused within a
/// budget of 2 s of CPU and 256 MiB (benchmarks/README.md); raise them to load a larger edition of your own, knowing
/// that time and memory grow with the rows.
/// </summary>
public sealed record PackageLimits
{
    private readonly long _maxFileBytes = 4L * 1024 * 1024;
    private readonly long _maxPackageBytes = 16L * 1024 * 1024;
    private readonly int _maxResources = 64;

    /// <summary>The limits <see cref="CentralAsiaData.Load(string, PackageLimits?)"/> and
    /// <see cref="CentralAsiaData.ValidatePackage(string, PackageLimits?)"/> use when given none: 4 MiB a file, 16 MiB
    /// a package, 64 resources.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes (<c>datapackage.json</c> or one resource); 4 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init => _maxFileBytes = Positive(value, nameof(MaxFileBytes));
    }

    /// <summary>The most bytes read over all the resources of a package; 16 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxPackageBytes
    {
        get => _maxPackageBytes;
        init => _maxPackageBytes = Positive(value, nameof(MaxPackageBytes));
    }

    /// <summary>The most resources a package may list; 64 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxResources
    {
        get => _maxResources;
        init => _maxResources = (int)Positive(value, nameof(MaxResources));
    }

    private static long Positive(long value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A limit must be positive.");
}
