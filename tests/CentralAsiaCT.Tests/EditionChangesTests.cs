using System.IO;
using System.Text.Json;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Editions;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>What changed between two editions, fact by fact, against the editions kept under tests/…/Editions.</summary>
public sealed class EditionChangesTests : IDisposable
{
    private static readonly string Edition110 = Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "1.1.0");
    private static readonly string Edition200 = Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "2.0.0");
    private static readonly string Edition220 = Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "2.2.0");
    private static readonly string Edition230 = Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "2.3.0");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-diff-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string CopyOfTheData()
    {
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        return _folder;
    }

    [Fact]
    public void The_changelog_section_of_data_2_0_0_is_the_diff_against_the_1_1_0_package()
    {
        var changelog = File.ReadAllText(Repository.InRoot("CHANGELOG.md"));
        changelog.Should().Contain(EditionChanges.Between(Edition110, Edition200).ToChangelog());
    }

    [Fact]
    public void The_changelog_section_of_data_2_3_0_is_the_diff_against_the_2_2_0_package()
    {
        var changelog = File.ReadAllText(Repository.InRoot("CHANGELOG.md"));
        changelog.Should().Contain(EditionChanges.Between(Edition220, Edition230).ToChangelog());
    }

    [Fact]
    public void The_changelog_section_of_data_2_4_0_is_the_diff_of_the_data_against_the_2_3_0_package()
    {
        var changelog = File.ReadAllText(Repository.InRoot("CHANGELOG.md"));
        var changes = EditionChanges.Between(Edition230, Repository.Data);
        changes.NewerVersion.Should().Be("2.4.0");
        changelog.Should().Contain(changes.ToChangelog());
    }

    [Fact]
    public void An_edition_this_library_no_longer_loads_is_still_compared()
    {
        FluentActions.Invoking(() => CentralAsiaData.Load(Edition110)).Should().Throw<DataPackageException>().Which.Problems.Should().Contain(p => p.RuleId == "PKG003");

        var changes = CentralAsiaData.Default.ChangesSince(Edition110);

        (changes.Name, changes.OlderVersion, changes.NewerVersion).Should().Be(("centralasiact", "1.1.0", CentralAsiaData.Default.Version));
        changes.Changes.Where(c => c.Table == "reviews" && c.Kind == ChangeKind.Added).Should().HaveCount(9, "1.1.0 had no reviews table");
        changes.Changes.Should().Contain(c => c.Table == "milestones" && c.Key == "CA-INITIATIVE|phase-started" && c.Kind == ChangeKind.Removed && c.OldSources == "S-UNRCCA-CT");
        changes.Changes.Should().Contain(c => c.Table == "names" && c.Kind == ChangeKind.Added && c.Key.StartsWith("KAZ|en|formal|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zipped_older_package_is_compared_as_its_folder_is()
    {
        Directory.CreateDirectory(_folder);
        var zip = Path.Combine(_folder, "centralasiact-1.1.0.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Edition110, zip);

        var fromZip = CentralAsiaData.Default.ChangesSince(zip);
        fromZip.OlderVersion.Should().Be("1.1.0");
        fromZip.Changes.Should().Equal(CentralAsiaData.Default.ChangesSince(Edition110).Changes);
        EditionChanges.Between(zip, Edition200).Changes.Should().Equal(EditionChanges.Between(Edition110, Edition200).Changes);
        File.WriteAllText(Path.Combine(_folder, "not-a-zip.zip"), "text");
        FluentActions.Invoking(() => CentralAsiaData.Default.ChangesSince(Path.Combine(_folder, "not-a-zip.zip"))).Should().Throw<DataPackageException>()
            .Which.Problems.Single().RuleId.Should().Be("PKG008");
    }

    [Fact]
    public void An_edition_has_no_change_since_itself_or_its_own_export()
    {
        CentralAsiaData.Default.ChangesSince(CentralAsiaData.Default).Changes.Should().BeEmpty();
        CentralAsiaData.Default.ChangesSince(CopyOfTheData()).Changes.Should().BeEmpty();
    }

    [Fact]
    public void A_fact_changed_removed_or_added_is_reported_with_its_field_its_values_and_the_sources_of_each_side()
    {
        var older = CopyOfTheData();
        var names = Path.Combine(older, "names.csv");
        var text = File.ReadAllText(names);
        text = text.Replace("NEW-YORK,fr,official,New York,,,S-UNPRESS-NOTE6169,A", "NEW-YORK,fr,official,New York,,,S-UNPRESS-NOTE6169;S-CLDR,B", StringComparison.Ordinal);
        File.WriteAllText(names, text);
        var places = Path.Combine(older, "places.csv");
        File.WriteAllText(places, File.ReadAllText(places).Replace("ALMATY,KAZ,", "ALMATY,KGZ,", StringComparison.Ordinal) + "ATLANTIS,KAZ,S-UNIS-393,A\r\n");

        var changes = CentralAsiaData.Default.ChangesSince(older).Changes;

        changes.Should().ContainSingle(c => c.Table == "places" && c.Field == "state_id")
            .Which.Should().Be(new FactChange(ChangeKind.Changed, "places", "ALMATY", "ALMATY", "state_id", "KGZ", "KAZ",
                Cell("places.csv", "ALMATY", 2), Cell("places.csv", "ALMATY", 2)));
        changes.Should().ContainSingle(c => c.Table == "places" && c.Kind == ChangeKind.Removed).Which.Key.Should().Be("ATLANTIS");
        changes.Where(c => c.Table == "names").Select(c => (c.Field, c.OldValue, c.NewValue)).Should().BeEquivalentTo(
            [("source_ids", "S-UNPRESS-NOTE6169;S-CLDR", "S-UNPRESS-NOTE6169"), ("grade", "B", "A")]);
        changes.Should().HaveCount(4);
    }

    [Fact]
    public void Two_editions_of_different_data_sets_are_refused_with_a_message_that_names_both()
    {
        var other = CopyOfTheData();
        var descriptor = Path.Combine(other, "datapackage.json");
        File.WriteAllText(descriptor, File.ReadAllText(descriptor).Replace("\"name\": \"centralasiact\"", "\"name\": \"another-data-set\"", StringComparison.Ordinal));

        FluentActions.Invoking(() => CentralAsiaData.Default.ChangesSince(other)).Should().Throw<ArgumentException>()
            .WithMessage("*'another-data-set'*'centralasiact'*two versions of one data package*");
        var (code, _, error) = Run("diff", other);
        code.Should().Be(ToolCommands.BadInput);
        error.Should().Contain("another-data-set").And.NotContain("   at ").And.NotContain("Parameter");
    }

    [Fact]
    public void A_package_that_cannot_be_read_is_a_data_package_problem_not_a_crash()
    {
        Directory.CreateDirectory(_folder);
        FluentActions.Invoking(() => EditionChanges.Between(_folder, Edition200)).Should().Throw<DataPackageException>().Which.Problems.Single().RuleId.Should().Be("PKG001");
        File.WriteAllText(Path.Combine(_folder, "datapackage.json"), "{ not json");
        FluentActions.Invoking(() => CentralAsiaData.Default.ChangesSince(_folder)).Should().Throw<DataPackageException>().Which.Problems.Single().RuleId.Should().Be("PKG002");
        Run("diff", Path.Combine(_folder, "nowhere")).Code.Should().Be(ToolCommands.BadInput);
        Run("diff", _folder).Code.Should().Be(ToolCommands.BadInput);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("md")]
    [InlineData("html")]
    public void Diff_prints_every_change_in_every_format(string format)
    {
        var (code, output, error) = Run("diff", Edition110, Edition200, "--format", format);

        code.Should().Be(ToolCommands.Found, error);
        // Markdown escapes the key's '|', which would otherwise end its cell.
        output.Should().Contain(format == "md" ? "CA-INITIATIVE\\|phase-started" : "CA-INITIATIVE|phase-started").And.Contain("S-PAKOBSERVER-2018-05-03");
        if (format == "json")
        {
            using var json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("rows").GetArrayLength().Should().Be(EditionChanges.Between(Edition110, Edition200).Changes.Length);
        }
    }

    [Fact]
    public void Diff_against_the_carried_edition_and_as_a_changelog()
    {
        Run("diff", CopyOfTheData()).Output.Should().StartWith("No change from ");
        Run("diff", Edition110, Edition200, "--changelog").Output.Should().Be(EditionChanges.Between(Edition110, Edition200).ToChangelog());
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, CentralAsiaData.Default, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Cell(string file, string key, int column) =>
        File.ReadLines(Path.Combine(Repository.Data, file)).Select(l => l.Split(',')).Single(c => c[0] == key)[column];
}
