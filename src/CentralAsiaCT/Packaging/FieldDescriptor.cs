using System.Collections.Immutable;

namespace CentralAsiaCT.Packaging;

/// <summary>One field of a Table Schema, with the constraints validation checks.</summary>
internal sealed record FieldDescriptor(
    string Name,
    string Type,
    bool Required,
    string? Pattern,
    ImmutableArray<string> Enum,
    long? Minimum,
    long? Maximum,
    bool Unique,
    string Delimiter)
{
    /// <summary>The data version that added the field (<c>since</c> in the descriptor), where a minor version added it: an
    /// edition of the same major version before it has no such column, and reads it as empty.</summary>
    public string? Since { get; init; }
}
