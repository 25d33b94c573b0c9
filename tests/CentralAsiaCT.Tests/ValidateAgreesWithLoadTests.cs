using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;
using CsCheck;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Issue 24, items 6 and 7: what <c>Load()</c> refuses, the rules report under a name of their own, beside every other
/// problem; MOD001 is left for what no rule names. Random cell mutations of the shipped package never make the model
/// builder refuse a package that the rules pass.
/// </summary>
public sealed class ValidateAgreesWithLoadTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CENTRALASIACT_FUZZ_CASES"), out var n) ? n / 5 : 2_000;

    private static readonly string[] Tables = new PackageBytes().Files.Keys.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) && f != "citations.csv").Order(StringComparer.Ordinal).ToArray();

    // Values that pass one check and fail another: signs, overflow, other rows' keys, words of other columns.
    private static readonly string[] Hostile =
    [
        string.Empty, "+140", "3000000000", "-1", "0", " 1", "1.0", "A", "B", "C", "day", "month", "year", "day-range", "2011-02-30",
        "2011-13", "0000", "KAZ", "UZB", "AFG", "JPOA-2011", "JPOA-2022", "DECL-2011", "CA-INITIATIVE", "CA-PHASE-II", "CA-PHASE-III",
        "UNGCTS", "EM1", "EM2", "HLD-2017", "LAUNCH-2010", "PILLAR-I", "S-SEED-FR", "S-SEED-FR;S-SEED-FR", "adopter", "observer",
        "recorded-vote", "consensus", "plan", "declaration", "strategy", "state", "organisation", "event", "place", "en", "official",
    ];

    [Fact]
    public void Random_cell_mutations_never_make_Load_refuse_what_the_rules_pass()
    {
        Gen.Select(Gen.Int[0, Tables.Length - 1], Gen.Int[0, 10_000], Gen.Int[0, 20], Gen.Int[0, Hostile.Length + 50]).Sample(m =>
        {
            var package = Mutate(new PackageBytes(), m.Item1, m.Item2, m.Item3, m.Item4);
            var report = CentralAsiaData.Read(package.AsFiles(), out var data);
            var model = report.Problems.FirstOrDefault(p => p.RuleId == "MOD001");
            if (model is not null)
            {
                throw new InvalidOperationException($"{Tables[m.Item1]}: only MOD001 refused it: {model.Message}");
            }

            if ((data is null) != report.Problems.Any(p => p.Severity == Severity.Error))
            {
                throw new InvalidOperationException($"{Tables[m.Item1]} {m}: loaded {data is not null}, report: {report}");
            }

            return true;
        }, iter: Cases);
    }

    [Fact]
    public void Phases_in_a_cycle_are_reported_beside_a_grade_C_elsewhere()
    {
        var package = new PackageBytes()
            .Replace("initiatives.csv", "CA-INITIATIVE,UNGCTS,1,,", "CA-INITIATIVE,UNGCTS,1,CA-PHASE-II,")
            .Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-UNIS-393,C");

        var report = CentralAsiaData.Read(package.AsFiles(), out _);

        report.Problems.Select(p => p.RuleId).Should().Contain(["GRD001", "INI001"]).And.NotContain("MOD001");
        report.Problems.Should().Contain(p => p.RuleId == "INI001" && p.Message.Contains("cycle"));
    }

    [Fact]
    public void A_vote_count_beyond_32_bits_is_a_type_problem_not_a_model_one()
    {
        var report = CentralAsiaData.Read(RecordedVote("3000000000").AsFiles(), out _);

        report.Problems.Should().Contain(p => p.RuleId == "TYP002" && p.Column == "votes_for").And.NotContain(p => p.RuleId == "MOD001");
    }

    [Fact]
    public void A_vote_count_with_a_sign_is_an_integer_to_the_rules_and_to_the_model_alike()
    {
        // Table Schema's integer allows a leading sign; the rules passed "+140" and the model refused it (MOD001).
        var report = CentralAsiaData.Read(RecordedVote("+140").AsFiles(), out var data);

        report.IsValid.Should().BeTrue(report.ToString());
        data!.Reviews.Get("A/RES/64/297").Vote!.InFavour.Should().Be(140);
    }

    private static PackageBytes RecordedVote(string inFavour) =>
        new PackageBytes().Replace("reviews.csv", "REVIEW-2,UNGCTS,2,A/RES/64/297,2010-09-08,day,consensus,,,,", $"REVIEW-2,UNGCTS,2,A/RES/64/297,2010-09-08,day,recorded-vote,{inFavour},3,1,");

    private static PackageBytes Mutate(PackageBytes package, int table, int row, int column, int value)
    {
        var file = Tables[table];
        var lines = package.Text(file).Split("\r\n").ToList();
        var data = lines.Count - 2;
        if (data <= 0)
        {
            return package;
        }

        var r = 1 + (row % data);
        var cells = lines[r].Split(',');
        var c = column % cells.Length;
        string replacement;
        if (value < Hostile.Length)
        {
            replacement = Hostile[value];
        }
        else
        {
            // Another row's cell of the same column: a duplicate key, a reference to the wrong row.
            var other = lines[1 + ((row + value) % data)].Split(',');
            replacement = c < other.Length ? other[c] : string.Empty;
        }

        cells[c] = replacement;
        lines[r] = string.Join(",", cells);
        return package.SetText(file, string.Join("\r\n", lines));
    }
}
