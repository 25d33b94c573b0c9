using System.IO;
using CentralAsiaCT.Cli;
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

    private static (int Code, string Output, string Error) Run(string[] args, int? width)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, Data, output, error, width);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
