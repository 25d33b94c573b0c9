using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>All tables of one data package with its metadata, in the order of the package's resources.</summary>
internal sealed class TableSet
{
    public TableSet(PackageMetadata metadata, ImmutableArray<Table> tables)
    {
        Metadata = metadata;
        Tables = tables;
    }

    public PackageMetadata Metadata { get; }

    public ImmutableArray<Table> Tables { get; }

    public Table this[string name]
    {
        get
        {
            foreach (var table in Tables)
            {
                if (table.Name == name)
                {
                    return table;
                }
            }

            throw new FormatException($"The data package has no resource '{name}'.");
        }
    }
}
