using System.IO;
using System.Text.Json;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Tests.Support;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Tests;

/// <summary>The <c>centralasia-ct</c> tool, driven in process as a shell would drive it.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(CentralAsiaData.Default, args);

    private static (int Code, string Output, string Error) Run(CentralAsiaData data, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, data, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static List<string> JsonColumn(string json, string column)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(column).GetString()!).ToList();
    }

    private static List<string> CsvColumn(string csv, string column)
    {
        using var reader = CsvDataReader.Create(new StringReader(csv));
        var values = new List<string>();
        var ordinal = reader.GetOrdinal(column);
        while (reader.Read())
        {
            values.Add(reader.GetString(ordinal));
        }

        return values;
    }

    [Fact]
    public void States_by_status_in_every_format()
    {
        var adopted = Run("states", "--status", "adopted", "--on", "2015-01-01");
        adopted.Code.Should().Be(ToolCommands.Found);
        adopted.Output.Split('\n').Where(l => l.Contains(" adopted ")).Select(l => l[..3]).Should().Equal("KAZ", "KGZ", "TJK", "TKM");
        adopted.Output.Should().NotContain("UZB").And.Contain("S-UNRCCA-JPOA");

        // D5: an answer about 2015 shows the plan in force in 2015 only, with its sources: no 2022 column, no 2022 source.
        var in2015 = Run("states", "--status", "adopted", "--on", "2015-01-01", "-f", "csv").Output;
        in2015.Should().NotContain("JPOA-2022").And.NotContain("S-UNIPATH-UZ").And.NotContain("S-UNOCT-CA-COPY");
        CsvColumn(in2015, "grade").Should().Equal("A", "A", "A", "A");
        CsvColumn(in2015, "until").Should().Equal("2022-03-02", "2022-03-02", "2022-03-02", "2022-03-02");

        // --on is never silently ignored: without --status it still answers for that day.
        var all2015 = Run("states", "--on", "2015-01-01", "-f", "csv").Output;
        CsvColumn(all2015, "plan_id").Should().OnlyContain(p => p == "JPOA-2011").And.HaveCount(CentralAsiaData.Default.States.Count);
        all2015.Should().NotBe(Run("states", "-f", "csv").Output);
        CsvColumn(Run("states", "--status", "adopted", "--on", "2023-01-01", "-f", "csv").Output, "alpha3").Should().Equal("KAZ", "KGZ", "TJK", "TKM", "UZB");
        Run("states", "--status", "adopted", "--on", "2011-01-01").Code.Should().Be(ToolCommands.NothingFound, "no plan was in force");

        JsonColumn(Run("states", "--status", "observer", "--on", "2015-01-01", "--format", "json").Output, "alpha3").Should().Equal("UZB");
        CsvColumn(Run("states", "-f", "csv").Output, "alpha3").Should().HaveCount(CentralAsiaData.Default.States.Count);
        Run("states", "--status", "observer", "--on", "2015-01-01", "-f", "md", "--lang", "fr").Output.Should().Contain("| UZB | UZ | Ouzbékistan | JPOA-2011 | observer | 2011-11-30 | 2022-03-02 |");
        Run("states", "-f", "html").Output.Should().StartWith("<table");
        Run("states", "--lang", "ru", "-f", "json").Output.Should().Contain("Узбекистан");
    }

    [Fact]
    public void Status_on_a_day_and_the_plans()
    {
        var uzbekistan = Run("status", "Ouzbékistan", "--on", "2015-01-01", "-f", "csv");
        uzbekistan.Code.Should().Be(ToolCommands.Found);
        CsvColumn(uzbekistan.Output, "status").Should().Equal("observer");
        CsvColumn(uzbekistan.Output, "plan_id").Should().Equal("JPOA-2011");
        CsvColumn(uzbekistan.Output, "source_ids").Should().Equal("S-SEED-FR;S-UNRCCA-JPOA;S-UNRCCA-HLM");
        CsvColumn(uzbekistan.Output, "from").Should().Equal("2011-11-30");
        CsvColumn(uzbekistan.Output, "until").Should().Equal("2022-03-02");

        // D18: "none" has sources too (the state's M49 sub-region), in status as in states.
        var russia = Run("status", "RUS", "--on", "2015-01-01", "-f", "csv").Output;
        CsvColumn(russia, "status").Should().Equal("none");
        CsvColumn(russia, "source_ids").Single().Should().StartWith("S-UNSD-M49");

        var before = Run("status", "KZ", "--on", "2011-01-01");
        before.Code.Should().Be(ToolCommands.NothingFound);
        before.Error.Should().Be("No Joint Plan of Action was in force on 2011-01-01: the first was adopted on 2011-11-30.\n");
        Run("status", "Atlantis").Code.Should().Be(ToolCommands.NothingFound);
        Run("status", "KZ", "--on", "2015-13-01").Code.Should().Be(ToolCommands.BadInput);
        Run("status", "KZ").Code.Should().Be(ToolCommands.Found, "without --on, today");

        var plans = Run("plans", "-f", "csv");
        CsvColumn(plans.Output, "id").Should().Equal("JPOA-2011", "JPOA-2022");
        CsvColumn(plans.Output, "parties").Should().Equal("KAZ;KGZ;TJK;TKM", "KAZ;KGZ;TJK;TKM;UZB");
        CsvColumn(plans.Output, "observers").Should().Equal("UZB", "");
        CsvColumn(plans.Output, "updates_id").Should().Equal("", "JPOA-2011");
        CsvColumn(plans.Output, "adopted_on").Should().Equal("2011-11-30", "2022-03-03");
        CsvColumn(plans.Output, "grade").Should().Equal(["B", "B"], "the 2011 plan's English name rests on a mirror of UNOCT's page alone, and the row shows it");
        CsvColumn(plans.Output, "source_ids")[1].Split(';').Should().Contain("S-UNIPATH-UZ", "D4: the parties' only source is on the row");

        var reviews = Run("reviews", "-f", "csv");
        reviews.Code.Should().Be(ToolCommands.Found);
        CsvColumn(reviews.Output, "symbol").Should().Equal("A/RES/62/272", "A/RES/64/297", "A/RES/66/282", "A/RES/68/276", "A/RES/70/291", "A/RES/72/284", "A/RES/75/291", "", "");
        CsvColumn(reviews.Output, "adoption").Should().Equal(Enumerable.Repeat("consensus", 8).Append("recorded-vote"));
        CsvColumn(reviews.Output, "vote").Should().EndWith("140-3-1");
        var phases = Run("phases", "-f", "csv");
        CsvColumn(phases.Output, "id").Should().Equal("CA-INITIATIVE", "CA-PHASE-II", "CA-PHASE-III", "CA-PHASE-IV");
        CsvColumn(phases.Output, "funders").Should().StartWith(["EU;NOR", "EU;NOR"]);
    }

    [Fact]
    public void Events_by_pillar_and_dates_certain_or_possible()
    {
        CsvColumn(Run("events", "--pillar", "II", "-f", "csv").Output, "id").Should().Equal("EM2");
        CsvColumn(Run("events", "--pillar", "4", "-f", "csv").Output, "id").Should().Equal("EM1");
        CsvColumn(Run("events", "--phase", "ca-initiative", "--pillar", "II", "-f", "csv").Output, "id").Should().Equal("EM2");
        Run("events", "--phase", "PHASE-IX").Code.Should().Be(ToolCommands.BadInput);
        CsvColumn(Run("events", "--from", "2011-01-01", "--to", "2011-06-30", "-f", "csv").Output, "id").Should().Equal("EM2");
        CsvColumn(Run("events", "--from", "2011-07-22", "--to", "2011-12-31", "-f", "csv").Output, "id").Should().Equal("HLM-2011");
        CsvColumn(Run("events", "--phase", "CA-PHASE-III", "-f", "csv").Output, "id").Should().Equal("CM1-2018", "LAUNCH-2018", "TR-2018-10", "CM2-2019", "TR-2019-08");

        // The launch is known only to the month: late September may hold it, so it shows only with --possibly.
        var lateSeptember = Run("events", "--from", "2010-09-15", "--to", "2010-09-30");
        lateSeptember.Code.Should().Be(ToolCommands.NothingFound);
        lateSeptember.Error.Should().Contain("Nothing found");
        CsvColumn(Run("events", "--from", "2010-09-15", "--to", "2010-09-30", "--possibly", "-f", "csv").Output, "id").Should().Equal("LAUNCH-2010");
    }

    [Fact]
    public void Find_shows_every_candidate_and_how_it_matched()
    {
        var typo = Run("find", "Kazakstan", "-f", "json");
        typo.Code.Should().Be(ToolCommands.Found);
        JsonColumn(typo.Output, "id").Should().Equal("KAZ");
        JsonColumn(typo.Output, "match").Should().Equal("approximate");
        JsonColumn(Run("find", "OTSC", "-f", "json").Output, "id").Should().Equal("CSTO");
        JsonColumn(Run("find", "Ouzbékistan", "-f", "json").Output, "matched_text").Should().Contain("Ouzbékistan");

        // The issue's runs: the Strategy and the documents were not searchable.
        JsonColumn(Run("find", "A/RES/60/288", "-f", "json").Output, "id").Should().Equal("UNGCTS");
        JsonColumn(Run("find", "Strategy", "-f", "json").Output, "id").First().Should().Be("UNGCTS");
        JsonColumn(Run("find", "Joint Plan of Action", "-f", "json").Output, "id").Take(2).Should().BeEquivalentTo(["JPOA-2011", "JPOA-2022"], "both plans bear the name");
        JsonColumn(Run("find", "Russie, Fédération de", "-f", "json").Output, "id").Should().Equal("RUS");

        var nothing = Run("find", "zzzz");
        nothing.Code.Should().Be(ToolCommands.NothingFound);
        nothing.Output.Should().BeEmpty();
        nothing.Error.Should().Contain("zzzz");
    }

    [Fact]
    public void Sources_lists_what_cites_each_fact_about_an_entity()
    {
        var uzbekistan = Run("sources", "Ouzbékistan", "-f", "csv");
        uzbekistan.Code.Should().Be(ToolCommands.Found);
        CsvColumn(uzbekistan.Output, "id").Should().Contain(["S-UNRCCA-JPOA", "S-UNSD-M49", "S-SEED-FR"]);
        CsvColumn(uzbekistan.Output, "cited_for").Should().Contain(c => c.Contains("UZB observer in JPOA-2011: \"with Uzbekistan opting for observer status\""), "each fact is listed with the words of the source");
        CsvColumn(Run("sources", "EM2", "-f", "csv").Output, "cited_for").Should().Contain(c => c.Contains("erratum E1"));

        Run("sources", "Atlantis").Code.Should().Be(ToolCommands.NothingFound);

        var twins = CentralAsiaData.Load(new PackageBytes()
            .AppendRow("names.csv", "KAZ,en,alias,Twinland,,,S-SEED-FR,A")
            .AppendRow("names.csv", "KGZ,en,alias,Twinland,,,S-SEED-FR,A")
            .AsFiles());
        var ambiguous = Run(twins, "sources", "Twinland");
        ambiguous.Code.Should().Be(ToolCommands.BadInput);
        ambiguous.Error.Should().Contain("KAZ").And.Contain("KGZ");
    }

    [Fact]
    public void Organisations_and_errata()
    {
        CsvColumn(Run("organisations", "-f", "csv").Output, "id").Should().Contain(["EU", "UNRCCA", "CTITF", "CSTO"]);
        JsonColumn(Run("errata", "-f", "json").Output, "id").Should().Equal(CentralAsiaData.Default.Errata.Select(e => e.Id));
    }

    [Fact]
    public void Export_then_validate_and_load_what_was_written()
    {
        var csv = Run("export", "--format", "csv", "--out", _folder);
        csv.Code.Should().Be(ToolCommands.Found);
        csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(PublishedPackage.Resources.Count() + 1);
        var valid = Run("validate", _folder);
        valid.Code.Should().Be(ToolCommands.Found);
        valid.Output.Should().Contain("valid");

        foreach (var (format, file) in new[] { ("json", "centralasiact.json"), ("md", "centralasiact.md"), ("html", "centralasiact.html"), ("svg", "centralasiact-timeline.svg") })
        {
            Run("export", "--format", format, "--out", _folder).Code.Should().Be(ToolCommands.Found);
            File.Exists(Path.Combine(_folder, file)).Should().BeTrue(file);
        }

        File.WriteAllText(Path.Combine(_folder, "states.csv"), "alpha3\r\nKAZ\r\n");
        var invalid = Run("validate", _folder);
        invalid.Code.Should().Be(ToolCommands.NothingFound);

        // D7: the whole report, errors first and the summary last, is the command's output; nothing on standard error.
        invalid.Error.Should().BeEmpty();
        var lines = invalid.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("CSV003 error: states.csv", StringComparison.Ordinal));
        lines[^1].Should().MatchRegex(@"^invalid: \d+ errors?, \d+ warnings?(, \d+ notices? of what could not be checked)?$");
        lines.Where(l => l.StartsWith("CHK001", StringComparison.Ordinal)).Should().OnlyContain(l => Array.IndexOf(lines, l) > Array.FindIndex(lines, x => x.StartsWith("CSV003", StringComparison.Ordinal)), "a notice that says 'see above' comes after its error");
    }

    [Theory]
    [InlineData("states", "--lang", "xx")]
    [InlineData("states", "--status", "member")]
    [InlineData("events", "--from", "2011-13-01")]
    [InlineData("events", "--from", "2011-06-01", "--to", "2011-01-01")]
    [InlineData("events", "--pillar", "V")]
    [InlineData("export", "--format", "pdf", "--out", "x")]
    [InlineData("validate", "/nowhere/at/all")]
    [InlineData("no-such-command")]
    [InlineData("find")]
    [InlineData("errata", "--format", "yaml")]
    [InlineData("export", "--format", "md", "--out", "x", "--lang", "fr")]
    public void Bad_input_exits_with_2_and_says_why_on_standard_error(params string[] args)
    {
        var result = Run(args);
        result.Code.Should().Be(ToolCommands.BadInput);
        result.Error.Should().NotBeNullOrWhiteSpace();
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void The_READMEs_sample_output_is_what_the_tool_prints()
    {
        var readme = Documentation.All;
        var printed = Run("find", "OTSC").Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        readme.Should().Contain("$ centralasia-ct find OTSC\n" + printed);
    }

    [Fact]
    public void Overview_and_help_run()
    {
        Run("overview").Output.Should().Contain("UZB UZ Uzbekistan");
        var help = Run("--help");
        help.Code.Should().Be(0);
        help.Output.Should().Contain("states").And.Contain("validate").And.Contain("Exit codes");
        Run("states", "--help").Output.Should().Contain("--lang <en|fr|ru>").And.Contain("--format <csv|html|json|md|table>");
    }

    [Fact]
    public void Diff_says_why_a_package_cannot_be_compared_and_counts_in_words()
    {
        // D11: the message stopped after "has 1 error(s):".
        var notAPackage = Run("diff", Repository.InRoot("data", "datapackage.json"));
        notAPackage.Code.Should().Be(ToolCommands.BadInput);
        notAPackage.Error.Should().Contain("cannot be compared: PKG008").And.NotContain("error(s):");
        notAPackage.Error.TrimEnd().Should().NotEndWith(":");

        // D19: "1 error", never "1 errors".
        Directory.CreateDirectory(_folder);
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        File.WriteAllText(Path.Combine(_folder, "pillars.csv"), File.ReadAllText(Path.Combine(_folder, "pillars.csv")).Replace("PILLAR-I,", "PILLAR-I,x", StringComparison.Ordinal));
        var report = Run("validate", _folder).Output;
        report.Should().NotMatchRegex(@"\b1 errors\b").And.NotMatchRegex(@"\b1 warnings\b").And.NotContain("error(s)");
    }
}
