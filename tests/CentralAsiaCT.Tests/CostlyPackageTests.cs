using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Issue 24, item 4: small packages that cost a lot. A table broken beyond use is given up once known to be, and no
/// problem or notice is kept per row beyond the report's cap. (Their time and memory are measured in
/// benchmarks/HostilePackageBenchmarks, never here.)
/// </summary>
public sealed class CostlyPackageTests
{
    [Fact]
    public void A_million_blank_lines_are_one_problem_not_a_million()
    {
        var package = new PackageBytes();
        package.SetText("states.csv", package.Text("states.csv") + string.Concat(Enumerable.Repeat("\r\n", 1_000_000)));

        var report = CentralAsiaData.Read(package.AsFiles(), out var data);

        data.Should().BeNull();
        var problem = report.Problems.Should().ContainSingle(p => p.RuleId == "CSV002").Subject;
        problem.File.Should().Be("states.csv");
        problem.Message.Should().Contain("broken beyond use");
        report.Problems.Length.Should().BeLessThan(100, "the other rules say once that they could not read the table");
    }

    [Fact]
    public void A_table_with_more_broken_cells_than_a_report_lists_is_given_up_with_one_notice()
    {
        var package = new PackageBytes();
        package.SetText("places.csv", package.Text("places.csv") + string.Concat(Enumerable.Range(0, 3000).Select(i => $"P{i},XXX,S-UNIS-393,A\r\n")));

        var report = CentralAsiaData.Read(package.AsFiles(), out _);

        report.Problems.Should().ContainSingle(p => p.RuleId == "CHK001" && p.Message.Contains("broken beyond use") && p.File == "places.csv");
        report.Problems.Count(p => p.RuleId == "REF001").Should().Be(501, "the table is given up at its 501st broken cell");
    }

    [Fact]
    public void Rows_of_the_wrong_length_under_the_cap_are_each_reported_and_the_rest_still_checked()
    {
        var package = new PackageBytes();
        var rows = package.Text("states.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        package.SetText("states.csv", package.Text("states.csv") + "\r\n\r\n");

        var report = CentralAsiaData.Read(package.AsFiles(), out _);

        report.Problems.Where(p => p.RuleId == "CSV002").Select(p => p.Row).Should().Equal(rows + 1, rows + 2);
        report.Problems.Should().NotContain(p => p.Message.Contains("beyond use"));
    }
}
