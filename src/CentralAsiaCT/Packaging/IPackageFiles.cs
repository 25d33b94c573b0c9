namespace CentralAsiaCT.Packaging;

/// <summary>The files of a data package, wherever they are: a folder, a zip archive, memory.</summary>
internal interface IPackageFiles
{
    /// <summary>Where the files come from, for messages.</summary>
    string Description { get; }

    /// <summary>The file's bytes, or null when it does not exist; reads at most <paramref name="limit"/> + 1 bytes.</summary>
    /// <exception cref="PackageFileRefusedException">The file exists but must not or cannot be read.</exception>
    byte[]? Read(string name, long limit);
}
