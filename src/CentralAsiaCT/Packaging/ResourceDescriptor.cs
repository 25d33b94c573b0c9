using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Packaging;

/// <summary>One resource of <c>datapackage.json</c>: the table's name, its file and its schema.</summary>
internal sealed record ResourceDescriptor(
    string Name,
    string Path,
    ImmutableArray<FieldDescriptor> Fields,
    ImmutableArray<string> PrimaryKey,
    ImmutableArray<ForeignKeyDescriptor> ForeignKeys)
{
    public ImmutableArray<string> FieldNames => Fields.Select(static f => f.Name).ToImmutableArray();

    /// <summary>The data version that added the table, where a minor version added it: an edition of the same major
    /// version before it has no such table, and reads it as empty.</summary>
    public string? Since { get; init; }
}
