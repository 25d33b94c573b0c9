using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>
/// <c>data/datapackage.json</c> follows the Data Package v2 and Table Schema v2 specifications for every property it
/// uses, and the CSV files hold to the schemas it declares.
/// </summary>
public sealed class DataPackageSpecificationTests
{
    // Table Schema v2 field types.
    private static readonly string[] FieldTypes =
        ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];

    private static readonly Regex SemVer = new(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PackageName = new(@"^[a-z0-9._-]+$", RegexOptions.CultureInvariant);

    public static TheoryData<string> TableNames() => IntegrityTests.TableNames();

    [Fact]
    public void The_descriptor_has_the_properties_the_specification_requires_or_recommends()
    {
        var package = PublishedPackage.Descriptor;
        package.GetProperty("$schema").GetString().Should().Be("https://datapackage.org/profiles/2.0/datapackage.json");
        package.GetProperty("name").GetString().Should().MatchRegex(PackageName.ToString());
        package.GetProperty("version").GetString().Should().MatchRegex(SemVer.ToString());
        DateTimeOffset.TryParseExact(package.GetProperty("created").GetString(), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            .Should().BeTrue("'created' is an RFC 3339 date-time");
        package.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        package.GetProperty("licenses").EnumerateArray().Should().NotBeEmpty().And
            .OnlyContain(l => Has(l, "name") || Has(l, "path"));
        package.GetProperty("licenses")[0].GetProperty("name").GetString().Should().Be("CC-BY-4.0");
        package.GetProperty("sources").EnumerateArray().Should().OnlyContain(s => Has(s, "title"));
        package.GetProperty("resources").EnumerateArray().Should().NotBeEmpty();
        PublishedPackage.Resources.Select(r => r.GetProperty("name").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_file_in_data_is_a_resource_of_the_package_and_every_resource_file_exists()
    {
        var declared = PublishedPackage.Resources.Select(r => r.GetProperty("path").GetString()!).Append("datapackage.json");
        Directory.GetFiles(Repository.Data).Select(Path.GetFileName).Should().BeEquivalentTo(declared);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Each_resource_is_a_valid_tabular_resource(string table)
    {
        var resource = PublishedPackage.Resource(table);
        table.Should().MatchRegex(PackageName.ToString());
        var path = resource.GetProperty("path").GetString()!;
        path.Should().NotContain("..").And.NotStartWith("/");
        resource.GetProperty("format").GetString().Should().Be("csv");
        resource.GetProperty("mediatype").GetString().Should().Be("text/csv");
        resource.GetProperty("encoding").GetString().Should().Be("utf-8");

        var schema = resource.GetProperty("schema");
        schema.GetProperty("$schema").GetString().Should().Be("https://datapackage.org/profiles/2.0/tableschema.json");
        var fields = schema.GetProperty("fields").EnumerateArray().ToList();
        fields.Should().NotBeEmpty();
        fields.Select(f => f.GetProperty("name").GetString()).Should().OnlyHaveUniqueItems();
        fields.Should().OnlyContain(f => FieldTypes.Contains(f.GetProperty("type").GetString()));
        fields.Where(f => f.GetProperty("type").GetString() == "list")
            .ShouldAllSatisfy(f => Has(f, "delimiter") && f.GetProperty("itemType").GetString() == "string", "a list field names its delimiter and item type");

        var names = fields.Select(f => f.GetProperty("name").GetString()).ToHashSet();
        PublishedPackage.Strings(schema.GetProperty("primaryKey")).Should().OnlyContain(k => names.Contains(k));
        if (schema.TryGetProperty("foreignKeys", out var foreignKeys))
        {
            foreach (var foreignKey in foreignKeys.EnumerateArray())
            {
                PublishedPackage.Strings(foreignKey.GetProperty("fields")).Should().OnlyContain(k => names.Contains(k));
                var reference = foreignKey.GetProperty("reference");
                var target = PublishedPackage.Resource(reference.GetProperty("resource").GetString()!);
                var targetNames = target.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
                PublishedPackage.Strings(reference.GetProperty("fields")).Should().OnlyContain(k => targetNames.Contains(k));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Each_cell_holds_to_its_field_type_and_constraints(string table)
    {
        var rows = PublishedPackage.Rows(table);
        rows.Should().NotBeEmpty();
        foreach (var field in PublishedPackage.Resource(table).GetProperty("schema").GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("name").GetString()!;
            var type = field.GetProperty("type").GetString()!;
            field.TryGetProperty("constraints", out var constraints);
            bool Has(string c) => constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty(c, out _);
            var values = rows.Select(r => r[name]).ToList();

            if (Has("required") && constraints.GetProperty("required").GetBoolean())
            {
                values.Should().NotContain(string.Empty, $"{table}.{name} is required");
            }

            var present = values.Where(v => v.Length > 0).ToList();
            switch (type)
            {
                case "integer":
                    present.ShouldAllSatisfy(v => IsInteger(v), $"{table}.{name} is an integer");
                    break;
                case "date":
                    present.ShouldAllSatisfy(v => IsDate(v), $"{table}.{name} is a date");
                    break;
                case "list":
                    var delimiter = field.GetProperty("delimiter").GetString()!;
                    present.ShouldAllSatisfy(v => v.Split(delimiter).All(item => item.Length > 0 && item.Trim() == item), $"{table}.{name} is a list");
                    break;
                case "string":
                    if (field.TryGetProperty("format", out var format) && format.GetString() == "uri")
                    {
                        present.ShouldAllSatisfy(v => Uri.IsWellFormedUriString(v, UriKind.Absolute), $"{table}.{name} is a URI");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"The test does not check the type '{type}' yet: extend it.");
            }

            if (Has("pattern"))
            {
                // Table Schema patterns are XML Schema regular expressions, implicitly anchored.
                var pattern = new Regex("^(?:" + constraints.GetProperty("pattern").GetString() + ")$", RegexOptions.CultureInvariant);
                present.ShouldAllSatisfy(v => pattern.IsMatch(v), $"{table}.{name} matches its pattern");
            }

            if (Has("enum"))
            {
                var allowed = PublishedPackage.Strings(constraints.GetProperty("enum"));
                present.ShouldAllSatisfy(v => allowed.Contains(v), $"{table}.{name} is one of its enum");
            }

            if (Has("unique") && constraints.GetProperty("unique").GetBoolean())
            {
                present.Should().OnlyHaveUniqueItems($"{table}.{name} is unique");
            }

            if (Has("minimum"))
            {
                present.ShouldAllSatisfy(v => int.Parse(v, CultureInfo.InvariantCulture) >= constraints.GetProperty("minimum").GetInt32(), $"{table}.{name} respects its minimum");
            }

            if (Has("maximum"))
            {
                present.ShouldAllSatisfy(v => int.Parse(v, CultureInfo.InvariantCulture) <= constraints.GetProperty("maximum").GetInt32(), $"{table}.{name} respects its maximum");
            }
        }
    }

    private static bool Has(JsonElement element, string property) => element.TryGetProperty(property, out _);

    private static bool IsInteger(string value) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static bool IsDate(string value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Each_CSV_file_is_UTF8_without_a_byte_order_mark_with_CRLF_line_ends(string table)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Data, PublishedPackage.Resource(table).GetProperty("path").GetString()!));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "RFC 4180 ends every record with CRLF");
    }
}
