using System.IO;
using System.Text.RegularExpressions;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>The README's C# blocks are the compiled regions of <see cref="ReadmeExamples"/>, and they print what they say.</summary>
[Collection(nameof(ConsoleOutput))]
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.InRoot("README.md"));

    private static readonly Dictionary<string, string> Regions = Regex
        .Matches(File.ReadAllText(Repository.InRoot("tests", "CentralAsiaCT.Tests", "ReadmeExamples.cs")), @"#region README: (?<name>[\w-]+)\r?\n(?<body>.*?)\r?\n\s*#endregion", RegexOptions.Singleline)
        .ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));

    [Fact]
    public void Every_CSharp_block_of_the_README_is_a_compiled_example_and_every_example_is_in_the_README()
    {
        // The preamble is not an example: ReadmeCompilationTests compiles every example after it.
        var blocks = Regex.Matches(Readme, @"```csharp\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline).Select(m => m.Groups["body"].Value.TrimEnd())
            .Where(b => !b.StartsWith("// The preamble of every example in this README.", StringComparison.Ordinal)).ToList();
        blocks.Should().NotBeEmpty();
        blocks.Should().OnlyContain(b => Regions.ContainsValue(b), "each README block must be copied from a region of ReadmeExamples.cs");
        Regions.Values.Should().OnlyContain(r => blocks.Contains(r), "each example region must be shown in the README");
    }

    [Fact]
    public void The_README_gives_the_run_and_test_commands_that_CI_uses()
    {
        Readme.Should().Contain("dotnet run --project src/CentralAsiaCT.Cli -- overview");
        Readme.Should().Contain("dotnet test CentralAsiaCT.sln -c Release");
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
    public void Three_lines_answer_who_adopted_the_plan_where_and_when_with_sources() =>
        Run(ReadmeExamples.ThreeLines).Should().Be("KAZ, KGZ, TJK, TKM adopted the plan on 2011-11-30 in Ashgabat [S-UNRCCA-HLM;S-SEED-FR]\n");

    [Fact]
    public void Statuses_example_prints_the_five_Central_Asian_states() =>
        Run(ReadmeExamples.Statuses).Should().StartWith("KAZ Kazakhstan: Adopted\n").And.EndWith("UZB Ouzbékistan: Observer\n");

    [Fact]
    public void Plans_and_phases_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.PlansAndPhases).Should().Be("JPOA-2011 adopted 2011-11-30 by KAZ, KGZ, TJK, TKM\nCA-INITIATIVE: launched 2010-09, 5 events\n"
            + "JPOA-2011 Observer [S-SEED-FR;S-UNRCCA-JPOA] grade A\nTrue\n");

    [Fact]
    public void Timeline_example_prints_five_events_in_order() =>
        Run(ReadmeExamples.Timeline).Should().StartWith("2010-09 Launch  NEW-YORK [] (Month)\n2010-12-15/2010-12-16 ExpertMeeting 1 BRATISLAVA [I, IV] (DayRange)\n");

    [Fact]
    public void Claims_example_prints_both_pillars_the_seed_gives_Dushanbe() =>
        Run(ReadmeExamples.Claims).Should().Contain("S-SEED-FR says 2011-03 DUSHANBE pillar II:").And.Contain("S-SEED-FR says 2011-03 DUSHANBE pillar III:");

    [Fact]
    public void Roles_example_prints_funders_coordinator_and_host() =>
        Run(ReadmeExamples.Roles).Should().StartWith("EU Funder of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN;S-ASIAPLUS-2011-07-22] grade A\nNOR Funder")
            .And.Contain("UNRCCA Coordinator of CA-INITIATIVE [S-SEED-FR;S-CTITF-EN] grade A\n").And.EndWith("TKM\n");

    [Fact]
    public void Names_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Names).Should().MatchRegex("^Меры по укреплению потенциала государств.*\nFalse\nTürkiye, formerly Turkey until 2022-05-31\n$");

    [Fact]
    public void Lookups_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Lookups).Should().Be("KGZ\nRUS\nUSA\nAFG\nCSTO\nDUSHANBE\nIII\nCIS ErroneousForm error of S-SEED-FR: True\nKAZ Approximate Kazakhstan\nFalse\nApproximate\nDECL-2011\n");

    [Fact]
    public void Name_at_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.NameAtDate).Should().Be("Organisation of the Islamic Conference\nOrganisation of Islamic Cooperation\nTurkey\n");

    [Fact]
    public void Queries_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Queries).Should().Be(
            "EM2 HLM-2011\nEM3\nEM2\n\nLAUNCH-2010\nLAUNCH-2010 EM1\nPILLAR-I PILLAR-II PILLAR-IV\nPILLAR-III\nUN CIS CSTO OIC OSCE NATO SCO\n"
            + "CTITF UNRCCA UNOCT\nUN EU\nHLM-2011\nSVK:EM1 TJK:EM2 KAZ:EM3 TKM:HLM-2011\nDeclarationSupporter Funder\n7 facts cite S-OIC-2011; it corrects 0\nE1 E2 E3 E4 E5 E6 E7 E9 E10\n");

    [Fact]
    public void Dates_example_prints_what_its_comments_say() =>
        Run(ReadmeExamples.Dates).Should().Be("False False True\nTrue True 2 days\n");

    [Fact]
    public void Provenance_example_prints_the_errata_of_Dushanbe_and_the_seed() =>
        Run(ReadmeExamples.Provenance).Should().StartWith("E1: S-SEED-FR claimed 'pilier III (body of the page)', taken 'PILLAR-II' [S-SEED-FR;S-CTITF-EN;S-UNRCCA-CT]\nE10: ")
            .And.Contain("http://www.un.org/fr/terrorism/ctitf/proj_centralasia.shtml");

    [Fact]
    public void Validate_and_load_example_prints_what_its_comments_say()
    {
        var exported = Path.Combine(Path.GetTempPath(), "centralasiact-readme-" + Guid.NewGuid().ToString("N"));
        var broken = exported + "-broken";
        try
        {
            CentralAsiaData.Default.ExportTo(exported);
            CentralAsiaData.Default.ExportTo(broken);
            var places = Path.Combine(broken, "places.csv");
            File.WriteAllText(places, File.ReadAllText(places).Replace("NEW-YORK,USA,", "NEW-YORK,XXX,", StringComparison.Ordinal));
            Run(() => ReadmeExamples.ValidateAndLoad(exported, broken)).Should().Be(
                "No problem found.\nTrue\nKGZ\nREF001 error: places.csv, row 5, column 'state_id': 'XXX' is not in states.alpha3\n");
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
        CentralAsiaData.Default.HasStatus("Ouzbékistan", JointPlanStatus.Adopted).Should().BeFalse();
        CentralAsiaData.Default.HasStatus("not a state", JointPlanStatus.None).Should().BeFalse();
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
}
