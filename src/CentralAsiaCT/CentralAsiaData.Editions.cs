using System;
using CentralAsiaCT.Editions;

namespace CentralAsiaCT;

public sealed partial class CentralAsiaData
{
    /// <summary>What changed, fact by fact, from <paramref name="older"/> to this edition.</summary>
    /// <param name="older">An older edition of the same data set, for example one loaded from a saved copy.</param>
    /// <returns>The facts added, removed and changed, with the sources of each side.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="older"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The two are not editions of the same data package (their names differ).</exception>
    public EditionChanges ChangesSince(CentralAsiaData older)
    {
        Argument.NotNull(older);

        return EditionComparison.Compare(older.EditionTables, EditionTables);
    }

    /// <summary>What changed from the package in <paramref name="olderPackage"/> (a folder or a zip archive) to this
    /// edition. The older package may be of any data version, including those this library no longer loads (1.x).</summary>
    /// <param name="olderPackage">The older package's folder or zip archive.</param>
    /// <returns>The facts added, removed and changed, with the sources of each side.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="olderPackage"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.DataPackageException">The older package cannot be read.</exception>
    /// <exception cref="ArgumentException">The package is not an edition of this data set (its name differs).</exception>
    public EditionChanges ChangesSince(string olderPackage)
    {
        Argument.NotNull(olderPackage);

        return EditionComparison.Compare(Editions.EditionTables.Read(olderPackage), EditionTables);
    }

    private EditionTables EditionTables => Editions.EditionTables.Of(Name, Version, _tables);
}
