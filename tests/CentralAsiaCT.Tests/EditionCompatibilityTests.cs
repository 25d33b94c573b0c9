using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>Editions that load across versions (issue 33): an older minor edition lacks the tables and columns added
/// since and loads; a newer minor edition loads with a notice naming what it adds; another major version is refused in
/// one message. Each edition answers the questions the shipped one answers.</summary>
public sealed class EditionCompatibilityTests
{
    private static string Edition(string version) => Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", version);

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("2.2.0")]
    [InlineData("2.3.0")]
    public void An_older_minor_edition_loads_and_answers_the_same_questions(string version)
    {
        // 2.0.0 and 2.2.0 were refused (PKG003: "the resource 'sources' must have the fields ... original_address,copy").
        var data = CentralAsiaData.Load(Edition(version));

        data.Version.Should().Be(version);
        var uzbekistan = data.States.Get("Uzbekistan");
        var in2015 = data.Plans.StatusOn(uzbekistan, new LocalDate(2015, 1, 1))!;
        (in2015.Plan.Id, in2015.Status, in2015.From, in2015.Until).Should().Be(("JPOA-2011", JointPlanStatus.Observer, new LocalDate(2011, 11, 30), new LocalDate(2022, 3, 2)));
        var plan = data.Plans.Get("JPOA-2011");
        plan.StatesWith(JointPlanStatus.Adopted, plan.AdoptedOn.First).Select(s => s.Id).Should().Equal("KAZ", "KGZ", "TJK", "TKM");
        data.Timeline.Get("EM2").Place!.Id.Should().Be("DUSHANBE");
        data.States.Get("UZB").StandingsTowards(data.Organisations.Get("CSTO")).Should().OnlyContain(s => s.Kind == StandingKind.Unknown, "memberships came with data 2.4.0");
        data.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void What_an_older_edition_lacks_is_absent_and_what_it_holds_that_was_retired_is_named()
    {
        var report = CentralAsiaData.ValidatePackage(Edition("2.0.0"));
        report.Notices.Where(p => p.RuleId == "PKG014").Select(p => p.EntityId).Should().Equal("KAZ", "KGZ", "TJK", "TKM", "UZB");
        report.Notices.Should().Contain(p => p.Message == "JPA001 not checked: this edition's 'documents' has no column 'region_m49'");

        var data = CentralAsiaData.Load(Edition("2.0.0"));
        data.Plans.Get("JPOA-2011").Provenance.Citations.Should().BeEmpty("data 2.0.0 had no citations table");
        data.Plans.Get("JPOA-2011").Region.Should().BeNull("data 2.0.0 did not name a plan's region");
        data.States.Get("KAZ").Milestones.Should().BeEmpty("the retired UN admissions are not read as milestones");
    }

    [Fact]
    public void A_newer_minor_edition_loads_with_a_notice_naming_the_table_and_the_column_it_adds()
    {
        var package = new PackageBytes()
            .Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"2.5.0\",")
            .Replace("datapackage.json", "\"resources\": [", "\"resources\": [ { \"name\": \"treaties\", \"path\": \"treaties.csv\", \"schema\": { \"fields\": [ { \"name\": \"id\", \"type\": \"string\" } ] } },")
            .SetText("treaties.csv", "id\r\nT1\r\n");
        var descriptor = System.Text.Json.Nodes.JsonNode.Parse(Text(package, "datapackage.json"))!;
        var strategies = descriptor["resources"]!.AsArray().Single(r => (string?)r!["name"] == "strategies")!;
        strategies["schema"]!["fields"]!.AsArray().Insert(1, new System.Text.Json.Nodes.JsonObject { ["name"] = "treaty_id", ["type"] = "string" });
        package.SetText("datapackage.json", descriptor.ToJsonString());
        package.SetText("strategies.csv", Text(package, "strategies.csv").Replace("id,symbol,", "id,treaty_id,symbol,", StringComparison.Ordinal).Replace("UNGCTS,A/RES/60/288,", "UNGCTS,T1,A/RES/60/288,", StringComparison.Ordinal));

        var report = CentralAsiaData.Read(package.AsFiles(), out var data);

        report.Errors.Should().BeEmpty(report.ToString());
        report.Notices.Where(p => p.RuleId == "PKG013").Select(p => p.Message).Should().BeEquivalentTo(
            "data 2.5.0 is newer than this library's 2.4.0: the column treaty_id of 'strategies' is not read",
            "data 2.5.0 is newer than this library's 2.4.0: the table 'treaties' is not read");
        data!.Version.Should().Be("2.5.0");
        data.Strategy.Symbol.Should().Be("A/RES/60/288");
        data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2023, 1, 1))!.Status.Should().Be(JointPlanStatus.Adopted);
    }

    [Fact]
    public void An_edition_of_another_major_version_is_refused_in_one_message()
    {
        var report = CentralAsiaData.ValidatePackage(Edition("1.1.0"));

        report.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "data 1.1.0 is of another major version than this library reads (2.x): compare it with ChangesSince or 'centralasia-ct diff' instead");
        FluentActions.Invoking(() => CentralAsiaData.Load(Edition("1.1.0"))).Should().Throw<DataPackageException>().Which.Problems.Should().ContainSingle();
        CentralAsiaData.Default.ChangesSince(Edition("1.1.0")).OlderVersion.Should().Be("1.1.0", "it is still compared");
    }

    [Fact]
    public void A_rule_a_later_version_brought_is_a_warning_for_an_older_edition()
    {
        // SRC005 came with data 2.4.0; the 2.3.0 edition's copies do not all name their original address.
        var report = CentralAsiaData.ValidatePackage(Edition("2.3.0"));
        report.Warnings.Where(p => p.RuleId == "SRC005").Should().HaveCount(4).And.OnlyContain(p => p.Message.EndsWith("(a rule of data 2.4.0, later than this edition: a warning)", StringComparison.Ordinal));
        report.IsValid.Should().BeTrue();
    }

    private static string Text(PackageBytes package, string file) => System.Text.Encoding.UTF8.GetString(package.Files[file]);
}
