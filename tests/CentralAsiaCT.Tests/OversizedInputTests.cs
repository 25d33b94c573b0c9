using System.Text.RegularExpressions;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Issue 24, item 3: the README promises at most 80 characters of any input in a message. Every rule is made to speak
/// about oversized input (a long cell, key, header, version, path or file name), and no field of any problem quotes
/// more than 80 characters of it.
/// </summary>
public sealed partial class OversizedInputTests
{
    private const int Size = 100_000;

    // Upper-case, so that an ID made of it still matches the ID pattern and reaches the rules of the domain.
    private static readonly string Long = new('W', Size);

    // Where a rule quotes a cell, a key, a name or a path, that input is made long; the rules that quote no input (a
    // missing descriptor, a byte-order mark) still run, on files whose names are long (see Lengthen).
    private static readonly Dictionary<string, Func<PackageBytes, PackageBytes>> Oversized = new()
    {
        ["PKG000"] = p => Enumerable.Range(0, 500).Aggregate(p, (q, i) => q.AppendRow("places.csv", $"PLACE-{i}{Long.Substring(0, 1000)},KAZ,S-UNIS-393,A").AppendRow("event_pillars.csv", $"EVENT-{i}{Long.Substring(0, 1000)},PILLAR-I,S-SEED-FR,A")).AppendRow("names.csv", "X-NOBODY,en,alias,Nobody,,,S-UNIS-393,A"),
        ["PKG002"] = p => p.SetText("datapackage.json", "{ \"name\": \"" + Long),
        ["PKG003"] = p => p.Replace("datapackage.json", "\"name\": \"states\",", "\"name\": \"" + Long + "\","),
        ["PKG005"] = p => { p.Files.Remove("states.csv"); return p; },
        ["PKG010"] = p => p.Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"" + Long + "\","),
        ["PKG011"] = p => p.Replace("datapackage.json", "\"path\": \"states.csv\"", "\"path\": \"" + new string('s', 1_000_000) + ".csv\""),
        ["CSV001"] = p => p.AppendRow("places.csv", Long + ",\"KAZ"),
        ["CSV002"] = p => p.AppendRow("places.csv", "ALMATY2,KAZ,S-CTITF-ALMATY,A," + Long),
        ["CSV003"] = p => p.Replace("states.csv", "alpha3,alpha2,numeric,m49,m49_subregion,m49_subregion_name,source_ids,grade", "alpha3,alpha2,numeric,m49,m49_subregion,m49_subregion_name,source_ids,grade," + new string('x', 900_000)),
        ["TYP002"] = p => p.Replace("pillars.csv", "PILLAR-II,UNGCTS,2,", "PILLAR-II,UNGCTS," + Long + ","),
        ["TYP003"] = p => p.Replace("errata.csv", "E10,EM1,", "x" + Long + ",EM1,"),
        ["TYP004"] = p => p.Replace("participations.csv", "EU,CA-INITIATIVE,funder,", "EU,CA-INITIATIVE," + Long + ","),
        ["KEY001"] = p => p.AppendRow("places.csv", Long + ",KAZ,S-CTITF-ALMATY,A").AppendRow("places.csv", Long + ",KAZ,S-CTITF-ALMATY,A"),
        ["REF001"] = p => p.Replace("places.csv", "NEW-YORK,USA,", "NEW-YORK," + Long + ","),
        ["ENT001"] = p => p.AppendRow("entities.csv", Long + ",state"),
        ["SRC002"] = p => p.Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-" + Long + ",A"),
        ["SRC003"] = p => p.AppendRow("sources.csv", "S-" + Long + ",An unused source,Nobody,secondary,en,https://example.org/unused,,"),
        ["SRC004"] = p => p.Replace("sources.csv", ",https://cldr.unicode.org", "," + Long),
        ["GRD001"] = p => p.Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-UNIS-393," + Long),
        ["NAM001"] = p => p.AppendRow("names.csv", "KAZ,en,official," + Long + ",,,S-UNSD-M49,A").AppendRow("names.csv", "KAZ,en,official,K" + Long + ",,,S-UNSD-M49,A"),
        ["CIT002"] = p => ValidationRuleTests.NoRecite(p).AppendRow("citations.csv", "places,ALMATY,source_ids,S-SEED-FR," + Long),
        ["ISO001"] = p => p.Replace("states.csv", "KAZ,KZ,398,", "KAZ," + Long + ",398,"),
        ["ERR001"] = p => p.Replace("errata.csv", "S-SEED-FR,Achgabat,", "S-SEED-FR,,").Replace("errata.csv", "E10,EM1,", "E10," + Long + ","),
        ["CHK001"] = p => p.AppendRow("participations.csv", "X" + Long + ",JPOA-2011,observer,,,S-SEED-FR,A"),
    };

    public static TheoryData<string> RuleIds() => ValidationRuleTests.RuleIds();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_quotes_at_most_80_characters_of_oversized_input(string ruleId)
    {
        var break_ = Oversized.GetValueOrDefault(ruleId, ValidationRuleTests.Breaks[ruleId]);
        var package = Lengthen(break_(new PackageBytes()));

        var report = CentralAsiaData.Read(package.AsFiles(), out _);

        report.Problems.Should().Contain(p => p.RuleId == ruleId);
        foreach (var problem in report.Problems)
        {
            foreach (var field in new[] { problem.Message, problem.File, problem.Column, problem.EntityId })
            {
                if (field is null)
                {
                    continue;
                }

                LongestRun(field).Should().BeLessThanOrEqualTo(80, $"{problem.RuleId} quotes at most 80 characters of an input: {Cut(field)}");
                field.Length.Should().BeLessThan(1_000, $"{problem.RuleId}: {Cut(field)}");
            }
        }

        report.ToString().Length.Should().BeLessThan(1_001 * 1_000);
    }

    [Fact]
    public void Every_rule_that_quotes_input_has_an_oversized_case()
    {
        Oversized.Keys.Should().BeSubsetOf(ValidationRules.All.Select(r => r.Id));
    }

    // Every CSV file gets a name of 240 characters, so that every problem that names its file names a long one.
    private static PackageBytes Lengthen(PackageBytes package)
    {
        foreach (var name in package.Files.Keys.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)).ToList())
        {
            var longName = string.Concat(name.AsSpan(0, name.Length - 4), new string('w', 240 - name.Length), ".csv");
            if (package.Files.ContainsKey("datapackage.json"))
            {
                package.SetText("datapackage.json", package.Text("datapackage.json").Replace($"\"path\": \"{name}\"", $"\"path\": \"{longName}\"", StringComparison.Ordinal));
            }

            package.Files[longName] = package.Files[name];
            package.Files.Remove(name);
            if (package.Refused.Remove(name, out var rule))
            {
                package.Refused[longName] = rule;
            }
        }

        return package;
    }

    private static int LongestRun(string text) =>
        RepeatedCharacter().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();

    private static string Cut(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "...");

    [GeneratedRegex(@"(.)\1*")]
    private static partial Regex RepeatedCharacter();
}
