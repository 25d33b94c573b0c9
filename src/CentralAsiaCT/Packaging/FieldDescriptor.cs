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
    string Delimiter);
