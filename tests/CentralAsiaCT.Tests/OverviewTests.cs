using System.IO;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

public sealed class OverviewTests
{
    [Fact]
    public void The_overview_prints_the_timeline_and_each_states_status_with_sources()
    {
        using var output = new StringWriter();
        Overview.Write(CentralAsiaData.Default, output);
        var lines = output.ToString().Split('\n');

        lines.Should().Contain(l => l.Contains("2011-03-29/2011-03-30") && l.Contains("Dushanbe, Tajikistan") && l.Contains("pillars II ") && l.Contains("[S-UNRCCA-CT-UNOWAS;")
            && l.Contains("S-CTITF-EN]"), "the line cites the pillar's own sources (event_pillars.csv) beside the meeting's");
        lines.Should().Contain(l => l.Contains("2011-11-30") && l.Contains("high-level meeting") && l.Contains("pillars -"));
        lines.Should().Contain(l => l.StartsWith("  UZB UZ Uzbekistan", StringComparison.Ordinal) && l.Contains("observer") && l.Contains("[S-UNSD-M49;S-SEED-FR;S-UNRCCA-JPOA]"));
        lines.Should().Contain(l => l.StartsWith("  UZB UZ Uzbekistan", StringComparison.Ordinal) && l.Contains("member of CIS, SCO, OIC, UN; participating State of OSCE; partner of NATO"),
            "the section on today's memberships lists Uzbekistan without the CSTO it left in 2012");
        lines.Where(l => l.StartsWith("  UZB UZ Uzbekistan", StringComparison.Ordinal) && !l.Contains("member of")).Should().Equal(
            "  UZB UZ Uzbekistan                 observer  [S-UNSD-M49;S-SEED-FR;S-UNRCCA-JPOA] grade A",
            "  UZB UZ Uzbekistan                 adopted   [S-UNSD-M49;S-UNIPATH-UZ] grade B, from S-UNIPATH-UZ");
        lines.Where(l => l.StartsWith("  KAZ", StringComparison.Ordinal) && l.Contains(" adopted ")).Should().HaveCount(2);
        lines.Should().Contain(l => l.StartsWith("  review 9 2026-07-01", StringComparison.Ordinal) && l.Contains("symbol unknown") && l.Contains("recorded vote 140-3-1"));
        lines.Should().Contain(l => l.StartsWith("  review 3 2012-06-29", StringComparison.Ordinal) && l.Contains("A/RES/66/282") && l.Contains(" consensus "));
        lines.Should().Contain(l => l.StartsWith("  phase 4 CA-PHASE-IV", StringComparison.Ordinal) && l.Contains("launched 2021-12-08"));
        lines.Should().Contain(l => l.Contains("2013-09") && l.Contains("launch") && l.Contains("place not known"));
        lines.Where(l => l.StartsWith("  20", StringComparison.Ordinal)).Should().HaveCount(33).And.OnlyContain(l => l.TrimEnd().EndsWith(']'));
        lines.Should().Contain(l => l.StartsWith("  2023-07-10/2023-07-11  national consultation", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  TKM TM Turkmenistan   associate member of CIS; participating State of OSCE; member of OIC, UN; partner of NATO [", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("UZB member of CSTO"), "a standing is shown as it is held today, not as a role among the others");
    }

    [Fact]
    public void Every_line_of_the_READMEs_overview_excerpt_is_a_line_the_tool_prints()
    {
        // D10: the excerpt had drifted (a removed source, an old grade) because nothing compared it with the output.
        var readme = File.ReadAllText(Repository.InRoot("README.md"));
        var start = readme.IndexOf("`overview` prints, from the data compiled into the library:\n\n```text\n", StringComparison.Ordinal);
        start.Should().BePositive();
        var excerpt = readme[(readme.IndexOf("```text\n", start, StringComparison.Ordinal) + 8)..];
        excerpt = excerpt[..excerpt.IndexOf("```", StringComparison.Ordinal)];
        // The memberships section is read on the day the tool runs: replay the day the excerpt shows.
        const string heading = "The states in the organisations today (";
        var shown = excerpt.IndexOf(heading, StringComparison.Ordinal);
        shown.Should().BePositive("the excerpt shows the memberships section with its day");
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(excerpt.Substring(shown + heading.Length, 10)).Value;
        var output = new StringWriter();
        Overview.Write(CentralAsiaData.Default, output, day);
        var printed = output.ToString().Split('\n');
        excerpt.Split('\n').Where(l => l.Trim() is not ("..." or "")).Should().NotBeEmpty().And.OnlyContain(l => printed.Contains(l));
    }
}
