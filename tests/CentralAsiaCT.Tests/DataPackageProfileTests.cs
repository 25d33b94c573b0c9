using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Tests.Support;
using Json.Schema;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Every resource of data/datapackage.json and of the flat views' descriptor, checked with JsonSchema.Net against the
/// Data Resource profile of Data Package v2 (tests/CentralAsiaCT.Tests/Profiles, with its origin and commit).
/// </summary>
public sealed class DataPackageProfileTests : IDisposable
{
    // The one rule of the published profile the descriptors break, on purpose: the `list` field type. The written
    // standard defines it (Table Schema v2, "Field Types" > "list": a field of delimited values, with `delimiter`
    // and `itemType`; https://datapackage.org/standard/table-schema/#list), but the published 2.0 profile's field
    // types (string, number, integer, date, time, datetime, year, yearmonth, boolean, object, geopoint, geojson,
    // array, duration, any) omit it, so such a field matches no branch of the profile's `oneOf`. The data keeps
    // `list`, which is the standard; every other rule is checked strictly.
    private const string StandardButNotInTheProfile = "list";

    private static readonly JsonSchema Profile = JsonSchema.FromText(File.ReadAllText(Repository.InRoot("tests", "CentralAsiaCT.Tests", "Profiles", "dataresource.json")));

    private readonly string _views = Path.Combine(Path.GetTempPath(), "centralasiact-profile-" + Guid.NewGuid().ToString("N"));

    public DataPackageProfileTests() => CentralAsiaData.Default.Export(_views, ExportFormat.Views);

    public void Dispose() => Directory.Delete(_views, recursive: true);

    public static TheoryData<string> Descriptors() => new() { "data", "views" };

    private string DescriptorPath(string which) =>
        which == "data" ? Path.Combine(Repository.Data, "datapackage.json") : Path.Combine(_views, "datapackage.json");

    private static EvaluationResults Evaluate(JsonNode resource) =>
        Profile.Evaluate(JsonDocument.Parse(resource.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_resource_passes_every_rule_of_the_profile_once_list_fields_are_read_as_the_profile_knows_them(string which)
    {
        var resources = JsonNode.Parse(File.ReadAllText(DescriptorPath(which)))!["resources"]!.AsArray();
        resources.Should().NotBeEmpty();
        foreach (var resource in resources)
        {
            // The exception, and only it: a list field is given as a string field, its delimiter and item type kept.
            var asTheProfileKnowsIt = resource!.DeepClone();
            foreach (var field in asTheProfileKnowsIt["schema"]!["fields"]!.AsArray())
            {
                if ((string?)field!["type"] == StandardButNotInTheProfile)
                {
                    field["type"] = "string";
                }
            }

            var results = Evaluate(asTheProfileKnowsIt);
            results.IsValid.Should().BeTrue($"{which}: resource {resource["name"]} breaks {string.Join("; ", Failures(results))}");
        }
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void The_published_profile_refuses_exactly_the_list_fields_and_nothing_else(string which)
    {
        var resources = JsonNode.Parse(File.ReadAllText(DescriptorPath(which)))!["resources"]!.AsArray();
        var lists = 0;
        foreach (var resource in resources)
        {
            var fields = resource!["schema"]!["fields"]!.AsArray();
            var listFields = Enumerable.Range(0, fields.Count).Where(i => (string?)fields[i]!["type"] == StandardButNotInTheProfile).ToList();
            lists += listFields.Count;
            var results = Evaluate(resource);

            results.IsValid.Should().Be(listFields.Count == 0, $"{which}: {resource["name"]}");
            // A field fails the profile where its own oneOf (one branch per field type) matches no branch; the
            // branches that a valid field does not match also report errors, one level down, and are not failures.
            var failedFields = results.Details!.Where(d => !d.IsValid && d.EvaluationPath.ToString().EndsWith("/fields/items", StringComparison.Ordinal))
                .Select(d => d.InstanceLocation.ToString())
                .Where(l => l.StartsWith("/schema/fields/", StringComparison.Ordinal))
                .Select(l => int.Parse(l.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture))
                .Distinct().Order().ToList();
            failedFields.Should().Equal(listFields, $"{which}: {resource["name"]} fails where its list fields are, and only there");
        }

        lists.Should().BePositive("both descriptors use the list type, so the exception is exercised");
    }

    [Fact]
    public void The_profile_is_strict_a_broken_resource_fails_it()
    {
        var resource = JsonNode.Parse(File.ReadAllText(DescriptorPath("data")))!["resources"]![0]!.DeepClone();
        resource["path"] = "../outside.csv";
        resource["mediatype"] = "csv";
        resource["schema"]!["fields"]![0]!["constraints"]!["required"] = "yes";
        resource["schema"]!["primaryKey"] = new JsonArray();

        var failures = Failures(Evaluate(resource)).ToList();

        failures.Should().Contain(f => f.StartsWith("/path", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("/mediatype", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("/schema/fields/0", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("/schema/primaryKey", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Failures(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"));
}
