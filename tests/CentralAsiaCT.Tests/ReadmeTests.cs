using System.IO;
using System.Text.RegularExpressions;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT.Tests;

/// <summary>The README's C# blocks are the compiled regions of <see cref="ReadmeExamples"/>, and they print what they say.</summary>
[Collection(nameof(ConsoleOutput))]
public sealed class ReadmeTests
{
    private static readonly string Readme = Documentation.All;

    private static readonly Dictionary<string, string> Regions = Regex
        .Matches(
            string.Concat(Directory.GetFiles(Repository.InRoot("tests", "CentralAsiaCT.Tests"), "ReadmeExamples*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText)),
            @"#region README: (?<name>[\w-]+)\r?\n(?<body>.*?)\r?\n\s*#endregion",
            RegexOptions.Singleline)
        .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));

    [Fact]
    public void Every_CSharp_block_of_the_README_is_a_compiled_example_and_every_example_is_in_the_README()
    {
        // The preamble is not an example: ReadmeCompilationTests compiles every example after it.
        var blocks = Regex.Matches(Readme, @"```csharp\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline).Select(m => m.Groups["body"].Value.TrimEnd())
            .Where(b => !b.StartsWith("// The preamble of every example in the README and the guides.", StringComparison.Ordinal)).ToList();
        blocks.Should().NotBeEmpty();
        blocks.Should().OnlyContain(b => Regions.ContainsValue(b), "each README block must be copied from a region of ReadmeExamples*.cs");
        Regions.Values.Should().OnlyContain(r => blocks.Contains(r), "each example region must be shown in the README");
    }

    [Fact]
    public void The_README_gives_the_run_and_test_commands_that_CI_uses()
    {
        Documentation.Readme.Should().Contain("dotnet run --project src/CentralAsiaCT.Cli -- overview");
        Documentation.Readme.Should().Contain("dotnet test CentralAsiaCT.sln -c Release");
        File.ReadAllText(Repository.InRoot(".ci", "run")).Should().Contain("dotnet test CentralAsiaCT.sln -c Release");
    }

    [Fact]
    public void The_README_states_the_data_version_of_this_edition()
    {
        Readme.Should().Contain($"data version **{CentralAsiaData.Default.Version}**");
    }

    [Fact]
    public void The_README_table_of_contents_gives_every_table_with_its_row_count()
    {
        foreach (var resource in PublishedPackage.Resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            var rows = PublishedPackage.Tables[resource.GetProperty("name").GetString()!].Rows.Length;
            Readme.Should().Contain($"| `{path}` | {rows} |");
        }
    }

    [Fact]
    public void Three_lines_answer_where_Uzbekistan_stood_in_2015_and_in_2023_with_sources_and_grades()
    {
        // D10: the comments are the expectation, so they cannot drift from what the block prints.
        var printed = Run(ReadmeExamples.ThreeLines);
        printed.Should().Be(string.Join("\n", CommentLines("three-lines")) + "\n");
        printed.Should().Contain("2015-01-01: Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [").And.NotContain("2015-01-01: Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [S-UNIPATH-UZ");
    }

    [Fact]
    public void Answers_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Answers).Should().Be(
            "United Nations (UNOCT), read on a Mirror of https://www.un.org/counterterrorism/cct/counter-terrorism-in-central-asia\n"
            + "2022-03-03 [S-UNOCT-CA-COPY] grade B\n"
            + "JPOA-2022 B: True\n"
            + "States and JPOA-2011, the Joint Plan of Action in force on 2015-01-01: 4 parties\n"
            + "B\n");

    [Fact]
    public void Every_source_the_README_names_is_in_the_data()
    {
        // D10: the README cited S-UNPRESS-GA10735 long after data 2.1.0 removed it.
        var named = Regex.Matches(Readme, @"\bS-[A-Z0-9]+(?:-[A-Z0-9]+)*\b").Select(m => m.Value).Distinct().ToList();
        named.Should().NotBeEmpty();
        named.Where(id => !CentralAsiaData.Default.Sources.TryGet(id, out _)).Should().BeEmpty("every source ID in the README is one of the data's");
    }

    [Fact]
    public void Statuses_example_prints_the_parties_in_2011_and_today() =>
        Run(ReadmeExamples.Statuses).Should().Be(
            "2011-12-31 JPOA-2011: parties KAZ KGZ TJK TKM; observers UZB\n"
            + "2026-12-02 JPOA-2022: parties KAZ KGZ TJK TKM UZB; observers \n");

    [Fact]
    public void Plans_and_phases_example_prints_what_its_comments_say()
    {
        var printed = Run(ReadmeExamples.PlansAndPhases);
        printed.Should().StartWith("JPOA-2011 adopted 2011-11-30 at HLM-2011 in Ashgabat, updates none\n"
            + "JPOA-2022 adopted 2022-03-03 at CONF-2022 in Tashkent, updates JPOA-2011\n");
        printed.Should().Contain("DECL-2017 Ashgabat Declaration: KAZ KGZ TJK TKM UZB\n");
        printed.Should().Contain("phase 2 CA-PHASE-II: launched 2013-09, closed 2017-06-13, funders EU NOR, 6 events\n");
        printed.Should().Contain("phase 4 CA-PHASE-IV: launched 2021-12-08, closed (not known), funders , 14 events\n");
        printed.Should().EndWith("2018-02-23 CoordinationMeeting, 2018-04 Launch, 2018-10 Training, 2019-02-14 CoordinationMeeting, 2019-08 Training\n"
            + "True\nObserver JPOA-2011 2011-11-30 to 2022-03-02, Central Asia\n");
    }

    [Fact]
    public void Reviews_example_prints_nine_reviews_and_the_ones_without_a_symbol()
    {
        var printed = Run(ReadmeExamples.Reviews);
        var lines = printed.Split('\n');
        lines.Should().Contain(CommentLines("reviews"), "each line the comments show is printed as it stands");
        printed.Should().StartWith("A/RES/60/288 adopted 2006-09-08 by Consensus [").And.Contain("\n1 A/RES/62/272 2008-09-05 Consensus [");
        lines.Skip(1).Take(8).Should().OnlyContain(l => l.Contains(" Consensus ["), "reviews 1-8 were adopted by consensus");
        printed.Should().EndWith("8, 9\n");
    }

    [Fact]
    public void History_example_prints_the_record_of_2010_2026_by_year_and_kind()
    {
        var printed = Run(ReadmeExamples.History);
        printed.Should().Be("2013: 1 Launch, 1 Workshop\n2018: 1 CoordinationMeeting, 1 Launch, 1 Training\n2023: 5 Consultation, 2 Conference\n"
            + "2025: 1 Briefing, 1 Workshop, 1 Training, 1 Conference\n"
            + "Dushanbe 07-03 Bishkek 07-06 Astana 07-10 Tashkent 07-13 Ashgabat 07-20\n"
            + "6 workshops, the last 2025-07-21/2025-07-22 in Tashkent\n");
        printed.Split('\n').Take(4).Should().Equal(CommentLines("history").Take(4), "the comments show the first four lines as printed");
    }

    [Fact]
    public void Memberships_example_prints_Uzbekistans_two_stretches_in_the_CSTO_and_the_roster_of_2011() =>
        Run(ReadmeExamples.Memberships).Should().Be(
            "Held Member 1992-05-15..1999-01-01 [S-RIA-2025-11-26;S-MFA-TJ-CSTO]\n"
            + "Uncertain  1999-01-02..1999-12-31 [S-RIA-2025-11-26;S-MFA-TJ-CSTO]\n"
            + "Held Member 2006-08-16..2012-12-19 [S-MFA-TJ-CSTO;S-BELTA-2012-12-19;S-TASS-2012-12-19]\n"
            + "NotHeld\n"
            + "KAZ KGZ TJK UZB 2006-08-16..2012-12-19\n"
            + "Member CIS, Member SCO, ParticipatingState OSCE, Member OIC, Partner NATO, Member UN\n");

    [Fact]
    public void Timeline_example_prints_five_events_in_order() =>
        Run(ReadmeExamples.Timeline).Should().StartWith("2010-09 Launch  NEW-YORK [] (Month)\n2010-12-15/2010-12-16 ExpertMeeting 1 BRATISLAVA [I, IV] (DayRange)\n");

    [Fact]
    public void Claims_example_prints_both_pillars_the_seed_gives_Dushanbe() =>
        Run(ReadmeExamples.Claims).Should().Contain("S-SEED-FR says 2011-03 DUSHANBE pillar II:").And.Contain("S-SEED-FR says 2011-03 DUSHANBE pillar III:");

    [Fact]
    public void Roles_example_prints_funders_coordinator_and_host() =>
        Run(ReadmeExamples.Roles).Should().StartWith("EU Funder of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN;S-ASIAPLUS-2011-07-22] grade A\nNOR Funder")
            .And.Contain("UNRCCA Coordinator of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN] grade A\n").And.EndWith("CTITF\n");

    [Fact]
    public void Names_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Names).Should().MatchRegex("^Меры по укреплению потенциала государств.*\nFalse\nTürkiye, formerly Turkey until 2022-05-31\nЕвропейский союз \\(Alias\\)\n$");

    [Fact]
    public void Lookups_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Lookups).Should().Be("KGZ\nRUS\nUSA\nAFG\nCSTO\nDUSHANBE\nIII\nCIS ErroneousForm error of S-SEED-FR: True\nKAZ Approximate Kazakhstan\nFalse\nApproximate\nDECL-2011\n");

    [Fact]
    public void Published_forms_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.PublishedForms).Should().Be(
            "KAZ\nKGZ\nRUS\nRUS\nKAZ\nIRN\nFalse\nen Kyrgyz Republic (A) | fr République kirghize (B) | ru Республика Кыргызстан (B)\n");

    [Fact]
    public void Document_lookups_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.DocumentLookups).Should().Be("JPOA-2011\nDECL-2022\n1\nUNGCTS\nUNGCTS PartOfName\nJPOA-2011 PartOfName\n");

    [Fact]
    public void Name_at_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.NameAtDate).Should().Be("Organisation of the Islamic Conference\nOrganisation of Islamic Cooperation\nTurkey\n");

    [Fact]
    public void Queries_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Queries).Should().Be(
            "EM2\nEM3 CONSULT-2012 WS-2013-11 WS-2016-03 EWN-CONF-2023-12\nEM1\n\nLAUNCH-2010\nLAUNCH-2010 EM1\nPILLAR-I PILLAR-II PILLAR-IV\nPILLAR-I PILLAR-IV\nUN CIS CSTO OIC OSCE NATO SCO\n"
            + "CTITF UNRCCA UNOCT\nUN EU\nEWN-CONF-2024-09 BRF-2025-07 EWN-SEM-2025-07 EWN-TRN-2025-09 EWN-CONF-2025-10\nCTITF:HLM-2011 SVK:EM1 UNOCT:BRF-2025-07 UNRCCA:BRF-2025-07\nDeclarationSupporter Funder Funder\n7 facts cite S-OIC-2011; it corrects 0\nE1 E2 E3 E4 E5 E6 E7 E9 E10\n");

    [Fact]
    public void Dates_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Dates).Should().Be("False False True\nTrue True 2 days\n");

    [Fact]
    public void Citations_example_prints_each_source_with_its_words() =>
        Run(ReadmeExamples.Citations).Should().Be(
            "S-SEED-FR: \"avec l'Ouzbékistan optant pour le statut d'observateur\"\nS-UNRCCA-JPOA: \"with Uzbekistan opting for observer status\"\n"
            + "S-SEED-FR: \"Communauté d’États indépendants (CIE)\" / taken CEI: S-UNPRESS-CS12566: \"la Communauté d’États indépendants (CEI)\"\n");

    [Fact]
    public void Provenance_example_prints_the_errata_of_Dushanbe_and_the_seed() =>
        Run(ReadmeExamples.SourcesAndErrata).Should().StartWith("E1: S-SEED-FR claimed 'pilier III (body of the page)', taken 'PILLAR-II' [S-SEED-FR;S-CTITF-EN;S-UNRCCA-CT-UNOWAS]\nE10: ")
            .And.Contain("http://www.un.org/fr/terrorism/ctitf/proj_centralasia.shtml");

    [Fact]
    public void Validate_and_load_example_prints_what_its_comments_say()
    {
        var exported = Path.Combine(Path.GetTempPath(), "centralasiact-readme-" + Guid.NewGuid().ToString("N"));
        var broken = exported + "-broken";
        try
        {
            CentralAsiaData.Default.Export(exported, ExportFormat.DataPackage);
            CentralAsiaData.Default.Export(broken, ExportFormat.DataPackage);
            var places = Path.Combine(broken, "places.csv");
            File.WriteAllText(places, File.ReadAllText(places).Replace("NEW-YORK,USA,", "NEW-YORK,XXX,", StringComparison.Ordinal));
            Run(() => ReadmeExamples.ValidateAndLoad(exported, broken)).Should().Be(
                "No problem found.\nTrue\nKGZ\nREF001 error: places.csv, row 5 (NEW-YORK), column 'state_id': 'XXX' is not in states.alpha3\n0\n");
        }
        finally
        {
            foreach (var folder in new[] { exported, broken }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Consumer_test_example_passes_and_would_catch_a_wrong_flag()
    {
        FluentActions.Invoking(ReadmeExamples.ConsumerTest).Should().NotThrow();
        var data = CentralAsiaData.Default;
        var uzbekistan = data.States.Get("Ouzbékistan");
        data.Plans.StatusOn(uzbekistan, new NodaTime.LocalDate(2015, 1, 1))!.Status.Should().Be(JointPlanStatus.Observer);
        data.Plans.StatusOn(uzbekistan, new NodaTime.LocalDate(2023, 1, 1))!.Status.Should().Be(JointPlanStatus.Adopted);
        data.States.TryGet("not a state", out _).Should().BeFalse();
    }

    [Fact]
    public void Export_example_writes_the_package()
    {
        var folder = Path.Combine(Path.GetTempPath(), "centralasiact-readme-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run(() => ReadmeExamples.Export(folder)).Should().EndWith($"{Directory.GetFiles(Repository.Data).Length} files, datapackage.json first: datapackage.json\n");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Tables_example_prints_the_observer_as_a_markdown_table()
    {
        var expected = Regions["tables"].Split('\n')
            .SkipWhile(l => !l.StartsWith("// **", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.Length > 3 ? l[3..] : string.Empty);
        Run(ReadmeExamples.Tables).Should().Be(string.Join("\n", expected) + "\n");
    }

    [Fact]
    public void Changes_example_prints_what_its_comments_say()
    {
        var output = Run(() => ReadmeExamples.Changes(Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "1.1.0")));
        output.Should().Be(string.Join("\n", Regions["changes"].Split('\n').Where(l => l.TrimStart().StartsWith("// ", StringComparison.Ordinal) && !l.Contains("a folder or .zip", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[3..])) + "\n");
    }

    [Fact]
    public void Exports_example_writes_every_form()
    {
        var folder = Path.Combine(Path.GetTempPath(), "centralasiact-readme-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReadmeExamples.Exports(folder);
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().Contain(
                ["datapackage.json", "states.csv", "centralasiact.json", "centralasiact.md", "centralasiact.html", "centralasiact-timeline.svg", "copy.json"]);
            File.ReadAllBytes(Path.Combine(folder, "copy.json")).Should().Equal(File.ReadAllBytes(Path.Combine(folder, "centralasiact.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(Action example)
    {
        var saved = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(saved);
        }

        return output.ToString();
    }

    private static string Dedent(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    /// <summary>The whole-line comments of a region: in the examples that print them, the lines they print.</summary>
    private static IEnumerable<string> CommentLines(string region) =>
        Regions[region].Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("// ", StringComparison.Ordinal)).Select(l => l[3..]);
}
