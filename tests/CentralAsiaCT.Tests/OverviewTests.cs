using System.IO;
using CentralAsiaCT.Cli;

namespace CentralAsiaCT.Tests;

public sealed class OverviewTests
{
    [Fact]
    public void The_overview_prints_the_timeline_and_each_states_status_with_sources()
    {
        using var output = new StringWriter();
        Overview.Write(CentralAsiaData.Default, output);
        var lines = output.ToString().Split('\n');

        lines.Should().Contain(l => l.Contains("2011-03-29/2011-03-30") && l.Contains("Dushanbe, Tajikistan") && l.Contains("pillars II ") && l.Contains("[S-UNRCCA-CT;"));
        lines.Should().Contain(l => l.Contains("2011-11-30") && l.Contains("high-level meeting") && l.Contains("I, II, III, IV"));
        lines.Should().Contain(l => l.StartsWith("  UZB UZ Uzbekistan", StringComparison.Ordinal) && l.Contains("observer") && l.Contains("[S-SEED-FR;S-UNRCCA-JPOA]"));
        lines.Where(l => l.Contains(" adopted ")).Should().HaveCount(4);
        lines.Where(l => l.StartsWith("  2", StringComparison.Ordinal)).Should().HaveCount(5).And.OnlyContain(l => l.TrimEnd().EndsWith(']'));
    }
}
