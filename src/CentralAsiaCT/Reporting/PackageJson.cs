using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Reporting;

/// <summary>A data package as one JSON document, typed by the field types of its descriptor.</summary>
internal static class PackageJson
{
    public static void Write(TableSet tables, PackageDescriptor descriptor, Stream output)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("name", tables.Metadata.Name);
        json.WriteString("title", tables.Metadata.Title);
        json.WriteString("version", tables.Metadata.Version);
        json.WriteString("license", tables.Metadata.License);
        json.WriteString("created", tables.Metadata.Created);
        json.WriteStartObject("resources");
        foreach (var resource in descriptor.Resources)
        {
            var table = tables[resource.Name];
            var columns = new int[resource.Fields.Length];
            for (var f = 0; f < columns.Length; f++)
            {
                columns[f] = table.IndexOf(resource.Fields[f].Name);
            }

            json.WriteStartArray(resource.Name);
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var f = 0; f < columns.Length; f++)
                {
                    WriteField(json, resource.Fields[f], row[columns[f]]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, FieldDescriptor field, string cell)
    {
        if (field.Type == "list")
        {
            json.WriteStartArray(field.Name);
            if (cell.Length > 0)
            {
                foreach (var item in cell.Split(new[] { field.Delimiter }, StringSplitOptions.None))
                {
                    json.WriteStringValue(item);
                }
            }

            json.WriteEndArray();
        }
        else if (cell.Length == 0)
        {
            json.WriteNull(field.Name);
        }
        else if (field.Type == "integer" && long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber(field.Name, number);
        }
        else
        {
            json.WriteString(field.Name, cell);
        }
    }
}
