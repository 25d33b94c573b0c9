using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>One resource of <c>datapackage.json</c>: the table's name, its file and its declared fields in order.</summary>
internal sealed record ResourceDescriptor(string Name, string Path, ImmutableArray<string> FieldNames);
