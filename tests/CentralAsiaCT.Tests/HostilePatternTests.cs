using System.Text.Json.Nodes;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Issue 24, item 5: a field pattern with catastrophic backtracking, applied to every quote of the citations table,
/// took 111 s to validate (200 ms per match). Here it is applied to the sources' titles, which no other rule reads. The net10.0 build matches descriptor patterns with .NET's linear engine,
/// so that every row gets its true answer, in one budget for the package.
/// </summary>
public sealed class HostilePatternTests
{
    internal const string Catastrophic = "((.)+)+!";

    internal static PackageBytes WithPattern(string table, string field, string pattern)
    {
        var package = new PackageBytes();
        var json = JsonNode.Parse(package.Text("datapackage.json"))!;
        var resource = json["resources"]!.AsArray().Single(r => (string?)r!["name"] == table)!;
        var described = resource["schema"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == field)!;
        described["constraints"] = new JsonObject { ["pattern"] = pattern };
        return package.SetText("datapackage.json", json.ToJsonString());
    }

    [Fact]
    public void A_catastrophic_pattern_is_matched_against_every_row_in_linear_time()
    {
        var package = WithPattern("sources", "title", Catastrophic);
        var rows = package.Text("sources.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        var report = CentralAsiaData.Read(package.AsFiles(), out _);

        // Under backtracking each match would time out and the budget would stop the checks after a few rows.
        rows.Should().BeGreaterThan(50);
        report.Problems.Count(p => p.RuleId == "TYP003").Should().Be(rows);
        report.Problems.Should().NotContain(p => p.Message.Contains("budget", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(a)\\1")]
    [InlineData("(?=a)a")]
    [InlineData("(?>a+)")]
    public void A_pattern_that_Table_Schema_does_not_have_is_refused_as_a_descriptor_problem(string pattern)
    {
        var report = CentralAsiaData.Read(WithPattern("places", "id", pattern).AsFiles(), out var data);

        data.Should().BeNull();
        report.Problems.Should().ContainSingle(p => p.RuleId == "PKG003").Which.Message.Should().Contain("places.id");
    }

    [Fact]
    public void A_pattern_over_1000_characters_is_refused_unread()
    {
        var report = CentralAsiaData.Read(WithPattern("places", "id", new string('a', 1001)).AsFiles(), out _);

        report.Problems.Should().ContainSingle(p => p.RuleId == "PKG003").Which.Message.Should().Contain("1001 characters");
    }
}
