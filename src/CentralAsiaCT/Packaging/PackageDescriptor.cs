using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Packaging;

/// <summary>The parts of <c>datapackage.json</c> that reading and validating a package need.</summary>
internal sealed record PackageDescriptor(PackageMetadata Metadata, ImmutableArray<ResourceDescriptor> Resources)
{
    public const string FileName = "datapackage.json";
    public const int MaxDepth = 64;

    /// <summary>The descriptor's bytes as read, so that an export writes it back unchanged.</summary>
    public byte[] Json { get; init; } = [];

    /// <summary>Reads a descriptor, reporting every problem of shape; null when it cannot be used.</summary>
    public static PackageDescriptor? Read(byte[] json, ProblemList problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            problems.Add(ValidationRules.DescriptorNotJson, $"not valid JSON, or nested more than {MaxDepth} levels deep: {e.Message}", FileName);
            return null;
        }

        using (document)
        {
            var before = problems.Count;
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(ValidationRules.DescriptorShape, "the descriptor is not a JSON object", FileName);
                return null;
            }

            var license = string.Empty;
            if (root.TryGetProperty("licenses", out var licenses) && licenses.ValueKind == JsonValueKind.Array && licenses.GetArrayLength() > 0)
            {
                license = Text(licenses[0], "name", "licenses[0]", problems) ?? string.Empty;
            }
            else
            {
                problems.Add(ValidationRules.DescriptorShape, "'licenses' is missing or empty", FileName);
            }

            var metadata = new PackageMetadata(
                Text(root, "name", "the package", problems) ?? string.Empty,
                Text(root, "title", "the package", problems) ?? string.Empty,
                Text(root, "version", "the package", problems) ?? string.Empty,
                Text(root, "created", "the package", problems) ?? string.Empty,
                license);

            var resources = ImmutableArray.CreateBuilder<ResourceDescriptor>();
            if (!root.TryGetProperty("resources", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(ValidationRules.DescriptorShape, "'resources' is missing or is not an array", FileName);
            }
            else
            {
                var index = 0;
                foreach (var resource in list.EnumerateArray())
                {
                    var parsed = ReadResource(resource, $"resources[{index++}]", problems);
                    if (parsed is not null)
                    {
                        resources.Add(parsed);
                    }
                }
            }

            return problems.Count == before ? new PackageDescriptor(metadata, resources.ToImmutable()) { Json = json } : null;
        }
    }

    private static PackageDescriptor? _published;

    /// <summary>
    /// The descriptor of the published package embedded in the assembly, read once: the schema of the built-in edition
    /// and the fields every loaded edition's model tables must have.
    /// </summary>
    public static PackageDescriptor Published => OnFirstUse.Get(ref _published, 0, static _ => ReadPublished());

    private static PackageDescriptor ReadPublished()
    {
        using var stream = PublishedDataPackage.Open(FileName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.ToArray(), new ProblemList()) ?? throw new InvalidOperationException("The embedded datapackage.json is not sound.");
    }

    private static ResourceDescriptor? ReadResource(JsonElement resource, string where, ProblemList problems)
    {
        if (resource.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ValidationRules.DescriptorShape, $"{where} is not an object", FileName);
            return null;
        }

        var name = Text(resource, "name", where, problems);
        var path = Text(resource, "path", where, problems);
        if (!resource.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("fields", out var fieldList) || fieldList.ValueKind != JsonValueKind.Array)
        {
            problems.Add(ValidationRules.DescriptorShape, $"{where} has no schema with a list of fields", FileName);
            return null;
        }

        var fields = ImmutableArray.CreateBuilder<FieldDescriptor>();
        foreach (var field in fieldList.EnumerateArray())
        {
            var fieldName = Text(field, "name", $"{where}.schema.fields", problems);
            var type = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "string";
            var constraints = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("constraints", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            if (fieldName is null)
            {
                continue;
            }

            fields.Add(new FieldDescriptor(
                fieldName,
                type,
                Flag(constraints, "required"),
                OptionalText(constraints, "pattern"),
                Strings(constraints, "enum"),
                Number(constraints, "minimum"),
                Number(constraints, "maximum"),
                Flag(constraints, "unique"),
                OptionalText(field, "delimiter") ?? ",") { Since = OptionalText(field, "since") });
        }

        var primaryKey = schema.TryGetProperty("primaryKey", out var pk) ? StringList(pk) : ImmutableArray<string>.Empty;
        var foreignKeys = ImmutableArray.CreateBuilder<ForeignKeyDescriptor>();
        if (schema.TryGetProperty("foreignKeys", out var fks) && fks.ValueKind == JsonValueKind.Array)
        {
            foreach (var fk in fks.EnumerateArray())
            {
                if (fk.ValueKind == JsonValueKind.Object && fk.TryGetProperty("fields", out var from) && fk.TryGetProperty("reference", out var reference)
                    && reference.ValueKind == JsonValueKind.Object && reference.TryGetProperty("fields", out var to)
                    && StringList(from) is { Length: 1 } source && StringList(to) is { Length: 1 } target)
                {
                    foreignKeys.Add(new ForeignKeyDescriptor(source[0], OptionalText(reference, "resource") ?? name ?? string.Empty, target[0]));
                }
                else
                {
                    problems.Add(ValidationRules.DescriptorShape, $"{where} has a foreign key that is not one field referencing one field", FileName);
                }
            }
        }

        if (name is null || path is null)
        {
            return null;
        }

        return new ResourceDescriptor(name, path, fields.ToImmutable(), primaryKey, foreignKeys.ToImmutable()) { Since = OptionalText(resource, "since") };
    }

    private static string? Text(JsonElement element, string property, string where, ProblemList problems)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(ValidationRules.DescriptorShape, $"{where}: '{property}' is missing or is not a string", FileName);
        return null;
    }

    private static string? OptionalText(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Flag(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    private static long? Number(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : null;

    private static ImmutableArray<string> Strings(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? StringList(value) : ImmutableArray<string>.Empty;

    private static ImmutableArray<string> StringList(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return [element.GetString()!];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    result.Add(item.GetString()!);
                }
            }
        }

        return result.ToImmutable();
    }
}
