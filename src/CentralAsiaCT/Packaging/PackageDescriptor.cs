using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;

namespace CentralAsiaCT.Packaging;

/// <summary>The parts of <c>datapackage.json</c> that reading a package needs.</summary>
internal sealed record PackageDescriptor(PackageMetadata Metadata, ImmutableArray<ResourceDescriptor> Resources)
{
    public static PackageDescriptor Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        var root = document.RootElement;
        var licenses = root.GetProperty("licenses");
        var metadata = new PackageMetadata(
            Text(root, "name"),
            Text(root, "title"),
            Text(root, "version"),
            Text(root, "created"),
            licenses.GetArrayLength() > 0 ? Text(licenses[0], "name") : throw new FormatException("datapackage.json names no licence."));

        var resources = ImmutableArray.CreateBuilder<ResourceDescriptor>();
        foreach (var resource in root.GetProperty("resources").EnumerateArray())
        {
            var fields = ImmutableArray.CreateBuilder<string>();
            foreach (var field in resource.GetProperty("schema").GetProperty("fields").EnumerateArray())
            {
                fields.Add(Text(field, "name"));
            }

            resources.Add(new ResourceDescriptor(Text(resource, "name"), Text(resource, "path"), fields.ToImmutable()));
        }

        return new PackageDescriptor(metadata, resources.ToImmutable());
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"datapackage.json: property '{property}' is missing or is not a string.");
}
