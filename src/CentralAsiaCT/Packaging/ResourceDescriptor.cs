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
}
