using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>
/// What a new user hit on a fresh clone (issue "What a new user hit"): each finding reproduced as it was found, then
/// held to the behaviour the README promises.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed class NewUserFindingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-findings-" + Guid.NewGuid().ToString("N"));

    public NewUserFindingsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, CentralAsiaData.Default, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static IEnumerable<string> ErrorIds(ValidationReport report) =>
        report.Problems.Where(p => p.Severity != Severity.Notice).Select(p => p.RuleId);

    // 1. A file that is not a package is reported, never thrown, and the tool says so in one line with exit code 2.
    [Theory]
    [InlineData("datapackage.json")]
    [InlineData("states.csv")]
    [InlineData("not-really.zip")]
    public void Validating_a_file_that_is_not_a_zip_archive_exits_2_with_one_line(string file)
    {
        var path = Path.Combine(_folder, file);
        File.Copy(Path.Combine(Repository.Data, file == "not-really.zip" ? "names.csv" : file), path);

        var (code, output, error) = Run("validate", path);

        code.Should().Be(ToolCommands.BadInput);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Should().NotContain("\n").And.Contain("is not a data package").And.NotContain("   at ");
        if (file != "not-really.zip")
        {
            error.Should().Contain("give the folder that holds datapackage.json");
        }
    }

    [Fact]
    public void Every_entry_point_that_validates_returns_a_report_and_Load_throws_only_DataPackageException()
    {
        using var notZip = new MemoryStream(Encoding.UTF8.GetBytes("id,kind\r\nKAZ,state\r\n"));
        CentralAsiaData.ValidatePackage(notZip).Problems.Should().ContainSingle().Which.RuleId.Should().Be("PKG008");
        notZip.Position = 0;
        FluentActions.Invoking(() => CentralAsiaData.Load(notZip)).Should().Throw<DataPackageException>()
            .Which.Problems.Should().ContainSingle().Which.RuleId.Should().Be("PKG008");

        var aFile = Path.Combine(_folder, "datapackage.json");
        File.Copy(Path.Combine(Repository.Data, "datapackage.json"), aFile);
        CentralAsiaData.ValidatePackage(aFile).Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.RuleId == "PKG008" && p.Message.Contains("not a folder"));
        FluentActions.Invoking(() => CentralAsiaData.Load(aFile)).Should().Throw<DataPackageException>();
        CentralAsiaData.ValidatePackage(Path.Combine(_folder, "nowhere")).Problems.Should().ContainSingle().Which.RuleId.Should().Be("PKG008");
    }

    [Fact]
    public void An_invalid_package_exits_1_and_a_valid_one_0()
    {
        var broken = Path.Combine(_folder, "broken");
        CentralAsiaData.Default.Export(broken, ExportFormat.DataPackage);
        File.WriteAllText(Path.Combine(broken, "places.csv"), File.ReadAllText(Path.Combine(broken, "places.csv")).Replace("NEW-YORK,USA,", "NEW-YORK,XXX,", StringComparison.Ordinal));
        var invalid = Run("validate", broken);
        invalid.Code.Should().Be(ToolCommands.NothingFound);
        invalid.Output.Should().Contain("REF001 error: places.csv, row 5");
        invalid.Error.Should().BeEmpty("D7: the report is the output");
        Run("validate", Repository.Data).Code.Should().Be(ToolCommands.Found);
    }

    // 2. Every rule family on every readable row: one package broken once per family reports every one at once.
    [Fact]
    public void A_package_broken_four_ways_reports_all_four_at_once()
    {
        var broken = new PackageBytes()
            .AppendRow("participations.csv", "NOBODY,CA-INITIATIVE,funder,,,S-SEED-FR,A")
            .Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-UNIS-393,C")
            .Replace("states.csv", "KAZ,KZ,398,", "KAZ,kz,398,")
            .Replace("places.csv", "ASHGABAT,TKM,S-SEED-FR;S-UNRCCA-HLM,A", "ASHGABAT,TKM,S-NOWHERE,A");

        ErrorIds(CentralAsiaData.Read(broken.AsFiles(), out var data)).Distinct().Should().BeEquivalentTo(["REF001", "GRD001", "ISO001", "SRC002"]);
        data.Should().BeNull();
    }

    [Fact]
    public void A_package_with_one_defect_per_rule_family_reports_every_rule_in_one_report()
    {
        var broken = new PackageBytes()
            .Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"1.1\",")
            .Replace("places.csv", "ASHGABAT,TKM,S-SEED-FR;S-UNRCCA-HLM,A", "ASHGABAT,TKM,S-SEED-FR;S-UNRCCA-HLM,A,extra")
            .Replace("pillars.csv", "PILLAR-II,UNGCTS,2,", "PILLAR-II,UNGCTS,two,")
            .AppendRow("participations.csv", "NOBODY,CA-INITIATIVE,funder,,,S-SEED-FR,A")
            .AppendRow("places.csv", "ALMATY,KAZ,S-CTITF-ALMATY,A")
            .Replace("entities.csv", "ALMATY,place", "ALMATY,state")
            .Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-NOWHERE,C")
            .Replace("names.csv", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,,", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,2011-01-01,")
            .Replace("events.csv", "EM1,expert-meeting,,1,", "EM1,expert-meeting,,4,")
            .AppendRow("participations.csv", "AFG,JPOA-2011,observer,,,S-SEED-FR,A")
            .Replace("states.csv", "KAZ,KZ,398,", "KAZ,kz,398,")
            .Replace("errata.csv", "S-SEED-FR,Achgabat,", "S-SEED-FR,,");

        var report = CentralAsiaData.Read(broken.AsFiles(), out _);

        ErrorIds(report).Distinct().Should().BeEquivalentTo(
            ["PKG010", "CSV002", "TYP002", "KEY001", "REF001", "ENT001", "SRC002", "GRD001", "NAM002", "DAT005", "JPA001", "ISO001", "ERR001"], report.ToString());
        report.Notices.Should().Contain(n => n.RuleId == "CHK001" && n.File == "places.csv" && n.Row == 1, "the rules that read the row of the wrong length skip it, and say so");
    }

    // 3. A package folder never reads outside itself.
    [Fact]
    public void A_resource_that_links_outside_the_folder_is_refused_and_one_inside_is_read()
    {
        var package = Path.Combine(_folder, "package");
        CentralAsiaData.Default.Export(package, ExportFormat.DataPackage);
        var secret = Path.Combine(_folder, "outside.csv");
        File.Move(Path.Combine(package, "statements.csv"), secret);
        File.CreateSymbolicLink(Path.Combine(package, "statements.csv"), secret);

        var report = CentralAsiaData.ValidatePackage(package);
        ErrorIds(report).Should().Equal("PKG009");
        report.Errors.Single().File.Should().Be("statements.csv");

        File.Delete(Path.Combine(package, "statements.csv"));
        File.Move(secret, Path.Combine(package, "statements-real.csv"));
        File.CreateSymbolicLink(Path.Combine(package, "statements.csv"), "statements-real.csv");
        CentralAsiaData.ValidatePackage(package).IsValid.Should().BeTrue("a link to a file of the package itself stays inside");
    }

    [Fact]
    public void A_link_through_a_linked_subfolder_is_refused()
    {
        var package = Path.Combine(_folder, "package");
        CentralAsiaData.Default.Export(package, ExportFormat.DataPackage);
        var elsewhere = Path.Combine(_folder, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.Move(Path.Combine(package, "states.csv"), Path.Combine(elsewhere, "states.csv"));
        Directory.CreateSymbolicLink(Path.Combine(package, "sub"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(package, "states.csv"), Path.Combine("sub", "states.csv"));

        ErrorIds(CentralAsiaData.ValidatePackage(package)).Should().Equal("PKG009");
    }

    // 4. The data version is semver, and created a UTC instant.
    [Theory]
    [InlineData("\"version\": \"2.4.0\",", "\"version\": \"one point one\",")]
    [InlineData("\"version\": \"2.4.0\",", "\"version\": \"1.1\",")]
    [InlineData("\"version\": \"2.4.0\",", "\"version\": \"01.1.0\",")]
    [InlineData("\"created\": \"", "\"created\": \"yesterday")]
    public void A_version_that_is_not_semver_or_a_created_that_is_not_a_UTC_instant_is_reported(string old, string replacement)
    {
        var report = CentralAsiaData.Read(new PackageBytes().Replace("datapackage.json", old, replacement).AsFiles(), out var data);
        ErrorIds(report).Should().Equal("PKG010");
        data.Should().BeNull();
    }

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("2.0.0-rc.1")]
    [InlineData("2.20.30+build.7")]
    public void A_semantic_version_is_accepted(string version)
    {
        var report = CentralAsiaData.Read(new PackageBytes().Replace("datapackage.json", "\"version\": \"2.4.0\",", $"\"version\": \"{version}\",").AsFiles(), out var data);
        report.Problems.Should().BeEmpty();
        data!.Version.Should().Be(version);
    }

    // 6. Dates in messages are ISO whatever the culture.
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Messages_write_dates_as_ISO_days_under_every_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var broken = new PackageBytes().Replace("names.csv", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,,", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,2011-01-01,");
            var problem = CentralAsiaData.Read(broken.AsFiles(), out _).Errors.Single();
            problem.Message.Should().Contain("on 2011-01-01 before it starts on 2011-06-28");

            var oic = CentralAsiaData.Default.Organisations.Get("OIC");
            FluentActions.Invoking(() => oic.NameAt(new NodaTime.LocalDate(2010, 9, 1), "xx")).Should().Throw<KeyNotFoundException>().WithMessage("*in force on 2010-09-01*");
            FluentActions.Invoking(() => Dating.KnownDate.FromDays(new NodaTime.LocalDate(2011, 3, 30), new NodaTime.LocalDate(2011, 3, 29)))
                .Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("2011-03-30").And.Contain("2011-03-29");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    // 7. Every message quotes at most 80 characters of what it was given.
    [Fact]
    public void Every_lookup_message_quotes_at_most_80_characters_of_its_input()
    {
        var megabyte = new string('x', 1024 * 1024);
        var data = CentralAsiaData.Default;
        var messages = new[]
        {
            FluentActions.Invoking(() => data.Entities.Get(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            FluentActions.Invoking(() => data.Sources.Get(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            FluentActions.Invoking(() => data.States.Get(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            FluentActions.Invoking(() => data.Pillars.Get(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            FluentActions.Invoking(() => data.States.Get("KZ").GetName(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            FluentActions.Invoking(() => PublishedDataPackage.Open(megabyte)).Should().Throw<KeyNotFoundException>().Which.Message,
            new AmbiguousNameException(megabyte, [data.States.Get("KZ"), data.States.Get("KG")]).Message,
        };

        messages.Should().OnlyContain(m => m.Length < 300 && m.Contains(new string('x', 80)) && !m.Contains(new string('x', 81)) && m.Contains("1048576 characters"));
        new AmbiguousNameException(megabyte, [data.States.Get("KZ")]).Input.Should().HaveLength(megabyte.Length, "the property keeps the whole input");
    }

    // 8. Input with a control character names nothing.
    [Theory]
    [InlineData("KZ\0")]
    [InlineData("\0KZ")]
    [InlineData("Kaza\u001Bkhstan")]
    [InlineData("KAZ\u0085\u0007")]
    [InlineData("Kazakhstan\u0000")]
    public void Input_with_a_control_character_is_not_found(string input)
    {
        var data = CentralAsiaData.Default;
        data.States.TryGet(input, out _).Should().BeFalse();
        FluentActions.Invoking(() => data.States.Get(input)).Should().Throw<KeyNotFoundException>();
        data.Entities.TryGet(input, out _).Should().BeFalse();
        data.Entities.Search(input).Should().BeEmpty();
    }

    [Theory]
    [InlineData("KZ\t")]
    [InlineData("\nKazakhstan\r\n")]
    public void Tabs_and_line_breaks_are_whitespace_and_ignored_around_a_name(string input)
    {
        CentralAsiaData.Default.States.Get(input).Alpha3.Should().Be("KAZ");
    }

    // 11 and 12. The README's table of commands is true, and machines get stable snake_case keys.
    [Theory]
    [InlineData("states")]
    [InlineData("events")]
    [InlineData("organisations")]
    [InlineData("errata")]
    [InlineData("find", "Kazakhstan")]
    [InlineData("sources", "KAZ")]
    [InlineData("status", "KAZ", "--on", "2015-01-01")]
    [InlineData("plans")]
    [InlineData("members", "CSTO")]
    [InlineData("members", "OIC", "--on", "1996-01-01")]
    [InlineData("memberships", "UZB", "--on", "2008-01-01")]
    [InlineData("events", "--year", "2023", "--kind", "consultation")]
    public void Every_query_writes_JSON_and_CSV_keyed_by_stable_snake_case_fields(params string[] command)
    {
        var json = Run([.. command, "--format", "json"]);
        json.Code.Should().Be(ToolCommands.Found);
        using var document = JsonDocument.Parse(json.Output);
        var fields = document.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        fields.Should().OnlyContain(f => System.Text.RegularExpressions.Regex.IsMatch(f, "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().NotBeEmpty();
        rows.Should().OnlyContain(r => r.EnumerateObject().Select(p => p.Name).SequenceEqual(fields.Append("source_ids").Append("quotes").Append("grade")));

        var csv = Run([.. command, "--format", "csv"]);
        csv.Output.Split("\r\n")[0].Should().Be(string.Join(",", fields.Append("source_ids").Append("grade")));

        Run([.. command, "--format", "md"]).Output.Should().NotContain("source_ids", "people get the display headings");
    }

    [Fact]
    public void The_command_line_guide_says_which_options_each_command_takes()
    {
        var readme = File.ReadAllText(Repository.InRoot("src", "docs", "guide", "command-line.md"));
        // --lang goes only with the commands that show names (D19: errata takes --format but refuses --lang).
        foreach (var (command, takesFormat, takesLanguage) in new[] { ("overview", false, false), ("states", true, true), ("plans", true, true), ("events", true, true), ("organisations", true, true), ("find", true, true), ("sources", true, true), ("errata", true, false), ("export", false, false), ("validate", false, false) })
        {
            var line = readme.Split('\n').Single(l => l.StartsWith($"| `{command} ", StringComparison.Ordinal) || l.StartsWith($"| `{command}`", StringComparison.Ordinal));
            line.Contains(@"`--format table\|json\|csv\|md\|html`", StringComparison.Ordinal).Should().Be(takesFormat, line);
            line.Contains(@"`--lang en\|fr\|ru`", StringComparison.Ordinal).Should().Be(takesLanguage, line);
            Run(command == "find" || command == "sources" ? [command, "KAZ", "--lang", "fr"] : [command, "--lang", "fr"]).Code
                .Should().Be(takesLanguage ? ToolCommands.Found : ToolCommands.BadInput, $"{command} --lang");
        }
    }

    [Fact]
    public void Writing_an_export_where_a_file_stands_exits_2_with_one_line()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "not a folder");
        var (code, _, error) = Run("export", "--format", "csv", "--out", file);
        code.Should().Be(ToolCommands.BadInput);
        error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("centralasia-ct: ");
    }
}
