using System.IO;
using System.Globalization;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>The findings of the third walk-through as a new user (issue 32, N3-N13), each run as the walk-through ran
/// it: the tool at 80 columns, a package broken on purpose, a misspelt command.</summary>
public sealed class ThirdWalkThroughTests : IDisposable
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-n-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void N3_a_wrapped_overview_line_keeps_its_indent()
    {
        // A wrapped record lost its two-space indent and started in column 0, as if it were a heading.
        var whole = Run(["overview"], width: null).Output.Split('\n');
        var wrapped = Run(["overview"], width: 80).Output.Split('\n');

        wrapped.Count(l => l.Length > 0 && l[0] != ' ').Should().Be(whole.Count(l => l.Length > 0 && l[0] != ' '), "only the headings start in column 0");
        wrapped.Should().Contain(l => l.StartsWith("  review 8 2023-06-22", StringComparison.Ordinal));
        wrapped.Should().Contain(l => l.StartsWith("      ", StringComparison.Ordinal), "a record continues four columns further in");
    }

    [Fact]
    public void N11_an_address_is_never_split_across_lines()
    {
        var output = Run(["sources", "Kirghizistan"], width: 80).Output;
        output.Split('\n').Should().Contain(l => l.Contains("http://www.un.org/en/terrorism/ctitf/reg_workshop_centr_asia_2011.shtml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("staets", "Unknown command 'staets'; did you mean 'states' or 'status'?")]
    [InlineData("timeline", "Unknown command 'timeline'; did you mean 'events'?")]
    [InlineData("report", "Unknown command 'report'; did you mean 'export --format html'?")]
    [InlineData("membres", "Unknown command 'membres'; did you mean 'members'?")]
    [InlineData("zzzz", "Unknown command 'zzzz'.")]
    public void N9_a_misspelt_or_guessed_command_gets_a_suggestion(string command, string said)
    {
        var (code, output, error) = Run([command], width: null);
        (code, output).Should().Be((ToolCommands.BadInput, string.Empty));
        error.Split('\n')[0].TrimEnd('\r').Should().Be(said);
    }

    [Fact]
    public void N9_no_command_lists_the_commands()
    {
        var (code, _, error) = Run([], width: null);
        code.Should().Be(ToolCommands.BadInput);
        error.Should().StartWith("Give a command: overview, states, status,").And.NotContain("Required command");
    }

    [Fact]
    public void N10_the_wording_says_what_is_wrong()
    {
        Run(["states", "--on", "2015-02-30"], null).Error.Should().Contain("'2015-02-30' is not a day of the calendar");
        Run(["states", "--on", "01/01/2015"], null).Error.Should().Contain("'01/01/2015' is not a day written yyyy-MM-dd");
        Run(["status", ""], null).Code.Should().Be(ToolCommands.BadInput, "an empty name is bad input, not a name looked for");
        Run(["find", "qqqqqqq"], null).Error.Should().Contain("Nothing found (Candidates for \"qqqqqqq\").").And.NotContain("no row");
        Run(["find", "OTSC", "--format", "csv"], null).Output.Should().Contain("CSTO,organisation,acronym,OTSC,");
        Run(["events", "--format", "md"], null).Output.Should().Contain("Timeline of the project").And.NotContain("of the process");

        var broken = BrokenCopy(("statements.csv", null, null));
        var thrown = FluentActions.Invoking(() => CentralAsiaData.Load(broken)).Should().Throw<DataPackageException>().Which;
        thrown.Message.Should().Contain("has 1 error:").And.NotContain("error(s)");
        thrown.Problems.Should().Contain(p => p.Message.Contains("needs the table statements,", StringComparison.Ordinal));
    }

    [Fact]
    public void N4_the_report_lists_errors_then_warnings_then_notices_and_names_each_rows_entity()
    {
        // The walk-through's broken copy, fault by fault.
        var broken = BrokenCopy(
            ("events.csv", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-12-15", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-13-45"),
            ("states.csv", "\r\nKGZ,", "\r\nKGZ,KG,417,417,143,Central Asia,S-UNSD-M49,A\r\nKGZ,"));
        var report = CentralAsiaData.ValidatePackage(broken);

        report.InReportOrder.Select(p => p.Severity == Severity.Error ? 0 : p.Severity == Severity.Warning ? 1 : 2).Should().BeInAscendingOrder();
        report.Notices.Should().NotBeEmpty("the fixture breaks rows that other rules then skip");
        report.ToString().Split('\n').Should().Equal(report.InReportOrder.Select(p => p.ToString()));
        var duplicate = report.Errors.Single(p => p.RuleId == "KEY001");
        duplicate.Message.Should().MatchRegex(@"appears twice: first in row \d+$");
        duplicate.EntityId.Should().Be("KGZ");
        report.Errors.Single(p => p.RuleId == "DAT002").Should().Match<ValidationProblem>(p => p.EntityId == "EM1" && p.ToString().Contains("events.csv, row 2 (EM1), column 'start'"));

        var header = BrokenCopy(("places.csv", "id,state_id,", "id,state,"));
        CentralAsiaData.ValidatePackage(header).Errors.Should().Contain(p => p.RuleId == "CSV003" && p.ToString().Contains("places.csv, header:"));
    }

    [Fact]
    public void N12_N13_diff_warns_of_an_invalid_package_and_starts_with_its_summary()
    {
        var broken = BrokenCopy(("events.csv", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-12-15", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-13-45"));
        var (code, output, error) = Run(["diff", broken], width: 80);

        code.Should().Be(ToolCommands.Found);
        error.Should().StartWith("warning: \"").And.Contain("(2.4.0) has 1 error, first DAT002 error: events.csv, row 2 (EM1), column 'start'");
        output.Should().StartWith("Changes of centralasiact from 2.4.0 to 2.4.0, by table\n");
        output.Should().Contain("events  0      0        1");

        var older = Run(["diff", Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "1.1.0")], width: 80);
        older.Error.Should().BeEmpty("an edition of another major version is compared as its own descriptor says");
        Run(["diff", Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "2.3.0")], width: 80).Error
            .Should().BeEmpty("an older minor edition lacks the columns added since, and that is no fault");
    }

    [Fact]
    public void A_question_command_answers_from_the_package_it_is_given()
    {
        // An edition of one's own: the first expert meeting a day longer.
        var own = BrokenCopy(("events.csv", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-12-15,2010-12-16", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-12-15,2010-12-17"));
        var (code, output, _) = Run(["events", "--pillar", "IV", "--package", own, "--format", "csv"], null);
        code.Should().Be(ToolCommands.Found);
        output.Should().Contain("2010-12-15/2010-12-17,day-range,EM1,");
        Run(["events", "--pillar", "IV", "--format", "csv"], null).Output.Should().Contain("2010-12-15/2010-12-16,day-range,EM1,");

        var zip = Path.Combine(_folder, "edition.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(own, zip);
        Run(["overview", "--package", zip], null).Output.Should().Contain("2010-12-15/2010-12-17  expert meeting 1");

        var invalid = BrokenCopy(("events.csv", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-12-15", "EM1,expert-meeting,,1,CA-INITIATIVE,2010-13-45"));
        var refused = Run(["states", "--package", invalid], null);
        refused.Code.Should().Be(ToolCommands.BadInput);
        refused.Error.Should().Contain("cannot be read: DAT002 error: events.csv, row 2 (EM1)");
        Run(["states", "--package", Path.Combine(_folder, "none")], null).Code.Should().Be(ToolCommands.BadInput);
    }

    [Theory]
    [InlineData("Kirghizia", "KGZ", MatchKind.FormerName)]
    [InlineData("Kirghiz Soviet Socialist Republic", "KGZ", MatchKind.FormerName)]
    [InlineData("Kirgizia", "KGZ", MatchKind.Approximate)]
    [InlineData("Republic of Kazakstan", "KAZ", MatchKind.FormerName)]
    [InlineData("Ashkhabad", "ASHGABAT", MatchKind.FormerName)]
    [InlineData("Achkabad", "ASHGABAT", MatchKind.Alias)]
    [InlineData("Alma-Ata", "ALMATY", MatchKind.FormerName)]
    [InlineData("Frunze", "BISHKEK", MatchKind.FormerName)]
    [InlineData("Nur-Sultan", "ASTANA", MatchKind.FormerName)]
    [InlineData("eighth review", "REVIEW-8", MatchKind.PartOfName)]
    [InlineData("huitième examen", "REVIEW-8", MatchKind.PartOfName)]
    [InlineData("ninth review", "REVIEW-9", MatchKind.PartOfName)]
    public void N5_names_people_type_are_found_as_the_sources_print_them(string typed, string id, MatchKind kind)
    {
        var best = Data.Entities.Search(typed).First();
        (best.Entity.Id, best.Kind).Should().Be((id, kind));
        if (kind != MatchKind.Approximate)
        {
            best.Name!.Provenance.Citations.Should().NotBeEmpty("every name carries the words of its source");
        }
    }

    [Fact]
    public void N5_N6_the_network_and_the_updated_plan_are_candidates_for_their_names()
    {
        Data.Entities.Search("Early Warning Network").Select(m => m.Entity.Id).Should().Contain(["EWN-CONF-2023-12", "BRF-2025-07", "EWN-CONF-2025-10"]);
        Data.Entities.Search("Joint Plan of Action").Select(m => m.Entity.Id).Should().Contain("JPOA-2022");
        var nurSultan = Data.Places.Get("ASTANA").Names.Single(n => n.Text == "Nur-Sultan");
        (nurSultan.ValidFrom, nurSultan.ValidTo).Should().Be((new NodaTime.LocalDate(2019, 3, 23), new NodaTime.LocalDate(2022, 9, 18)));
        Run(["find", "Kirghizia", "--format", "csv"], null).Output.Should().Contain("KGZ,state,former-name,Kirghizia,");
    }

    [Fact]
    public void N14_the_Strategys_adoption_is_typed_and_records_print_on_one_line_with_ISO_dates()
    {
        Data.Strategy.AdoptedOn.Should().Be(KnownDate.OnDay(new NodaTime.LocalDate(2006, 9, 8)));
        Data.Strategy.Adoption.Should().Be(ReviewAdoption.Consensus);
        Data.Strategy.Provenance.QuoteOf(Data.Sources.Get("S-UNOCT-GCTS")).Should().Contain("without a vote (by consensus)");

        Data.Strategy.Adopted!.ToString().Should().StartWith("UNGCTS Adopted 2006-09-08 \"by consensus, General Assembly resolution 60/288\" [").And.NotContain("{");
        var status = Data.Plans.StatusOn(Data.States.Get("UZ"), new NodaTime.LocalDate(2015, 1, 1))!;
        status.ToString().Should().StartWith("UZB Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [").And.NotContain("Wednesday");
    }

    [Fact]
    public void N15_a_row_graded_B_says_which_facts_make_it_B()
    {
        var plans = Data.Reports.PlansTable();
        var row = plans.Rows.Single(r => r.Cells[0] == "JPOA-2011");
        row.Provenance!.GradeSetBy.Select(s => s.Id).Should().Equal("S-UNOCT-CA-COPY");
        plans.ToMarkdown().Should().Contain("| B, from S-UNOCT-CA-COPY |");
        plans.ToCsv().Should().NotContain("from S-UNOCT", "programs get the grade letter");
        Data.Plans.Get("JPOA-2011").Provenance.GradeSetBy.Should().BeEmpty("one fact sets its own grade");
    }

    [Fact]
    public void N18_the_legend_leaves_room_after_each_text_and_a_launch_says_what_it_launched()
    {
        var svg = System.Xml.Linq.XDocument.Parse(Data.Reports.TimelineToSvg());
        var legend = svg.Descendants().Single(e => (string?)e.Attribute("class") == "legend");
        var marks = legend.Elements().Where(e => (string?)e.Attribute("class") == "legend-mark").ToList();
        foreach (var (mark, next) in marks.Zip(marks.Skip(1)))
        {
            var sameRow = (string?)mark.Attribute("y") == (string?)next.Attribute("y") || (string?)mark.Attribute("cy") == (string?)next.Attribute("cy");
            if (sameRow && mark.ElementsAfterSelf().FirstOrDefault() is { Name.LocalName: "text" } text)
            {
                var end = double.Parse((string)text.Attribute("x")!, CultureInfo.InvariantCulture) + (text.Value.Length * 6.3);
                var start = double.Parse((string?)next.Attribute("x") ?? (string)next.Attribute("cx")!, CultureInfo.InvariantCulture) - ((string?)next.Attribute("r") is null ? 0 : 5);
                (start - end).Should().BeGreaterThanOrEqualTo(12, $"after \"{text.Value}\"");
            }
        }

        svg.ToString().Should().Contain("launched phase 2");
    }

    // A copy of data/ with each (file, old, new) replaced once; a null old text deletes the file.
    private string BrokenCopy(params (string File, string? Old, string? New)[] changes)
    {
        var folder = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Repository.Data))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var (file, old, replacement) in changes)
        {
            var path = Path.Combine(folder, file);
            if (old is null)
            {
                File.Delete(path);
                continue;
            }

            var text = File.ReadAllText(path);
            text.Should().Contain(old, $"the fixture changes {file}");
            var at = text.IndexOf(old, StringComparison.Ordinal);
            File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
        }

        return folder;
    }

    private static (int Code, string Output, string Error) Run(string[] args, int? width) => Tool.Run(args, width);
}
