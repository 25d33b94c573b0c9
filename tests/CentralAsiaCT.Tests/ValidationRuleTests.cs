using System.Text;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>One negative test per rule: a package that breaks exactly that rule is reported with exactly that rule ID.</summary>
public sealed class ValidationRuleTests
{
    internal static readonly Dictionary<string, Func<PackageBytes, PackageBytes>> Breaks = new()
    {
        // Spread over two tables: one table with more broken cells than half a report is given up (CHK001) instead.
        ["PKG000"] = p => Enumerable.Range(0, ProblemListLimit / 2).Aggregate(p, (q, i) => q.AppendRow("places.csv", $"PLACE-{i},KAZ,S-UNIS-393,A").AppendRow("event_pillars.csv", $"EVENT-{i},PILLAR-I,S-SEED-FR,A")).AppendRow("names.csv", "X-NOBODY,en,alias,Nobody,,,S-UNIS-393,A"),
        ["PKG001"] = p => { p.Files.Remove("datapackage.json"); return p; },
        ["PKG002"] = p => p.SetText("datapackage.json", "{ \"name\": \"centralasiact\", "),
        ["PKG003"] = p => p.Replace("datapackage.json", "\"version\": \"2.4.0\",", string.Empty),
        ["PKG004"] = p => { p.Files["names.csv"] = new byte[5 * 1024 * 1024]; return p; },
        ["PKG005"] = p => { p.Files.Remove("states.csv"); return p; },
        ["PKG006"] = p => { p.Files["names.csv"] = [.. p.Files["names.csv"].Take(100), 0xFF, .. p.Files["names.csv"].Skip(100)]; return p; },
        ["PKG007"] = p => { p.Files["states.csv"] = [0xEF, 0xBB, 0xBF, .. p.Files["states.csv"]]; return p; },
        ["PKG008"] = p => p.Refuse("states.csv", ValidationRules.NotAPackage),
        ["PKG009"] = p => p.Refuse("names.csv", ValidationRules.LinkOutside),
        ["PKG010"] = p => p.Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"one point one\","),
        ["PKG011"] = p => p.Replace("datapackage.json", "\"path\": \"states.csv\"", "\"path\": \"CON.csv\""),
        ["PKG012"] = p => p.Refuse("states.csv", ValidationRules.NotAFile),
        ["PKG013"] = p => p.Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"2.5.0\",")
            .Replace("datapackage.json", "\"resources\": [", "\"resources\": [ { \"name\": \"treaties\", \"path\": \"treaties.csv\", \"schema\": { \"fields\": [ { \"name\": \"id\", \"type\": \"string\" } ] } },")
            .SetText("treaties.csv", "id\r\nT1\r\n"),
        ["PKG014"] = p => p.Replace("datapackage.json", "\"version\": \"2.4.0\",", "\"version\": \"2.3.0\",")
            .Replace("datapackage.json", "\"phase-started\"\n", "\"phase-started\",\n                \"admitted-to-united-nations\"\n")
            .AppendRow("milestones.csv", "KAZ,admitted-to-united-nations,1992-03-02,day,,S-MFA-KZ-UN,A"),
        ["CSV001"] = p => p.AppendRow("places.csv", "ALMATY,\"KAZ"),
        ["CSV002"] = p => p.Replace("places.csv", "ASHGABAT,TKM,S-SEED-FR;S-UNRCCA-HLM,A", "ASHGABAT,TKM,S-SEED-FR;S-UNRCCA-HLM,A,extra"),
        ["CSV003"] = p => p.Replace("places.csv", "id,state_id,", "id,state,"),
        ["CSV004"] = p => p.SetText("places.csv", string.Empty),
        ["TYP001"] = p => p.Replace("places.csv", "NEW-YORK,USA,", "NEW-YORK,,"),
        ["TYP002"] = p => p.Replace("pillars.csv", "PILLAR-II,UNGCTS,2,", "PILLAR-II,UNGCTS,two,"),
        ["TYP003"] = p => p.Replace("errata.csv", "E10,EM1,", "X10,EM1,"),
        ["TYP004"] = p => p.Replace("participations.csv", "EU,CA-INITIATIVE,funder,", "EU,CA-INITIATIVE,sponsor,"),
        ["TYP005"] = p => p.Replace("pillars.csv", "PILLAR-IV,UNGCTS,4,", "PILLAR-IV,UNGCTS,5,"),
        ["KEY001"] = p => p.AppendRow("places.csv", "ALMATY,KAZ,S-CTITF-ALMATY,A"),
        ["REF001"] = p => p.Replace("places.csv", "NEW-YORK,USA,", "NEW-YORK,XXX,"),
        ["ENT001"] = p => p.Replace("entities.csv", "ALMATY,place", "ALMATY,state"),
        ["SRC001"] = p => p.Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,,A"),
        ["SRC002"] = p => p.Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-NOWHERE,A"),
        ["SRC003"] = p => p.AppendRow("sources.csv", "S-UNUSED,An unused source,Nobody,secondary,en,https://example.org/unused,,"),
        ["SRC004"] = p => p.Replace("sources.csv", ",https://cldr.unicode.org", ",cldr.unicode.org"),
        ["GRD001"] = p => p.Replace("names.csv", "NEW-YORK,en,official,New York,,,S-UNIS-393,A", "NEW-YORK,en,official,New York,,,S-UNIS-393,C"),
        ["NAM001"] = p => p.AppendRow("names.csv", "KAZ,en,official,Republic of Kazakhstan,,,S-UNSD-M49,A").AppendRow("names.csv", "KAZ,en,official,Kazakh Republic,,,S-UNSD-M49,A"),
        ["NAM002"] = p => p.Replace("names.csv", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,,", "OIC,en,official,Organisation of Islamic Cooperation,2011-06-28,2011-01-01,"),
        ["NAM003"] = p => p.Replace("names.csv", "TUR,en,former,Turkey,,2022-05-31,", "TUR,en,former,Turkey,,2022-12-31,"),
        ["DAT001"] = p => p.Replace("events.csv", "2010-12-15,2010-12-16,day-range", "2010-12-15,2010-12-14,day-range"),
        ["DAT002"] = p => p.Replace("events.csv", "2011-03-29,2011-03-30,day-range", "2011-03-29,,month"),
        ["DAT003"] = p => p.Replace("event_claims.csv", "EM3,2011-07,,month", "EM3,2011-08,,month"),
        ["DAT004"] = p => p.Replace("events.csv", "CM1-2018,coordination-meeting,,1,CA-PHASE-III,2018-02-23,", "CM1-2018,coordination-meeting,,1,CA-PHASE-III,2017-02-23,"),
        ["DAT005"] = p => p.Replace("events.csv", "EM1,expert-meeting,,1,", "EM1,expert-meeting,,4,"),
        ["DAT006"] = p => p.Replace("reviews.csv", "REVIEW-2,UNGCTS,2,A/RES/64/297,2010-09-08,", "REVIEW-2,UNGCTS,2,A/RES/64/297,2007-09-08,"),
        ["ROL001"] = p => p.AppendRow("participations.csv", "EM1,CA-INITIATIVE,funder,,,S-SEED-FR,A"),
        ["ORG001"] = p => p.Replace("organisations.csv", "CTITF,un-entity,,,", "CTITF,un-entity,CTITF-WG-PRC,,"),
        ["ROL002"] = p => p.Replace("participations.csv", "KAZ,JPOA-2011,adopter,,,", "KAZ,JPOA-2011,adopter,2012-01-01,2011-12-31,"),
        ["JPA001"] = p => p.AppendRow("participations.csv", "AFG,JPOA-2011,observer,,,S-SEED-FR,A"),
        ["JPA002"] = p => p.AppendRow("participations.csv", "UZB,JPOA-2011,adopter,,,S-SEED-FR,A"),
        ["GRD002"] = p => p.Replace("names.csv", "JPOA-2011,en,official,Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia,,,S-UNOCT-CA-COPY,B", "JPOA-2011,en,official,Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia,,,S-UNOCT-CA-COPY,A"),
        ["GRD003"] = p => p.Replace("names.csv", "о коллективной безопасности,,,S-BELTA-2016-11-22,B", "о коллективной безопасности,,,S-BELTA-2016-11-22,A"),
        ["SRC005"] = p => p.Replace("sources.csv", ",https://www.un.org/counterterrorism/cct/counter-terrorism-in-central-asia,mirror", ",,mirror"),
        ["ROL003"] = p => p.AppendRow("memberships.csv", "UZB,CSTO,member,2010,,,S-MFA-TJ-CSTO,A"),
        ["DOC001"] = p => p.Replace("documents.csv", "JPOA-2022,plan,,CONF-2022,JPOA-2011,143,,,2022-03-03,", "JPOA-2022,plan,,CONF-2022,JPOA-2011,143,,,2022-03-09,"),
        ["JPA003"] = p => p.Replace("documents.csv", "JPOA-2022,plan,,CONF-2022,JPOA-2011,", "JPOA-2022,plan,,CONF-2022,DECL-2011,"),
        ["INI001"] = p => p.Replace("initiatives.csv", "CA-PHASE-III,UNGCTS,3,", "CA-PHASE-III,UNGCTS,4,"),
        ["REV001"] = p => p.Replace("reviews.csv", "REVIEW-2,UNGCTS,2,A/RES/64/297,2010-09-08,day,consensus,,,,", "REVIEW-2,UNGCTS,2,A/RES/64/297,2010-09-08,day,consensus,140,3,1,"),
        ["CIT001"] = p => NoRecite(p).Replace("citations.csv", "places,ALMATY,source_ids,S-CTITF-ALMATY,\"in Almaty, Kazakhstan\"\r\n", string.Empty),
        ["CIT002"] = p => NoRecite(p).AppendRow("citations.csv", "places,ALMATY,source_ids,S-SEED-FR,Almaty"),
        ["ISO001"] = p => p.Replace("states.csv", "KAZ,KZ,398,", "KAZ,K1,398,"),
        ["ISO002"] = p => p.Replace("states.csv", "KAZ,KZ,398,398,", "KAZ,KZ,399,398,"),
        ["ERR001"] = p => p.Replace("errata.csv", "S-SEED-FR,Achgabat,", "S-SEED-FR,,"),
        ["MOD001"] = p => p.AppendRow("entities.csv", "UNGCTS-2,strategy").AppendRow("strategies.csv", "UNGCTS-2,A/RES/99/999,a second strategy,,S-RES-60-288,A"),
        ["CHK001"] = p => p.AppendRow("participations.csv", "XYZ,JPOA-2011,observer,,,S-SEED-FR,A"),
    };

    // The problems a break brings beside its own rule's: a report cut at the limit says so after the problems it
    // lists; a rule skipped on a row is skipped because of the problem reported on that row.
    private static readonly Dictionary<string, string[]> Companions = new()
    {
        ["PKG000"] = ["REF001"],
        ["CHK001"] = ["REF001"],
    };

    private const int ProblemListLimit = 1000;

    public static TheoryData<string> RuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (var rule in ValidationRules.All)
        {
            ids.Add(rule.Id);
        }

        return ids;
    }

    [Fact]
    public void Every_rule_has_a_stable_unique_ID_and_a_negative_test()
    {
        ValidationRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        ValidationRules.All.Select(r => r.Id).Should().BeEquivalentTo(Breaks.Keys);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_package_that_breaks_one_rule_is_reported_under_that_rule_only(string ruleId)
    {
        var report = CentralAsiaData.Read(Breaks[ruleId](new PackageBytes()).AsFiles(), out var data);
        var rule = ValidationRules.All.Single(r => r.Id == ruleId);
        var companions = Companions.GetValueOrDefault(ruleId, []);

        // Notices say what could not be checked beside a problem; they are not problems of their own, except here.
        var problems = report.Problems.Where(p => p.Severity != Severity.Notice || rule.Severity == Severity.Notice).ToList();
        problems.Should().NotBeEmpty();
        problems.Select(p => p.RuleId).Distinct().Should().BeEquivalentTo([ruleId, .. companions], report.ToString());
        problems.Where(p => p.RuleId == ruleId).Should().OnlyContain(p => p.Severity == rule.Severity);
        if (companions.Length == 0)
        {
            report.Problems.Should().OnlyContain(p => p.Severity == rule.Severity || p.Severity == Severity.Notice);
        }

        if (rule.Severity == Severity.Notice)
        {
            return;
        }

        if (rule.Severity == Severity.Error)
        {
            data.Should().BeNull("no partial data set is ever returned");
        }
        else
        {
            data.Should().NotBeNull("a warning does not stop loading");
            data!.Validate().Problems.Select(p => p.RuleId).Should().BeSubsetOf([ruleId]);
        }
    }

    [Fact]
    public void The_built_in_edition_validates_with_no_error_and_no_warning()
    {
        CentralAsiaData.Default.Validate().Problems.Should().BeEmpty();
        CentralAsiaData.Default.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void The_published_package_validates_with_no_error_and_no_warning()
    {
        CentralAsiaData.ValidatePackage(Repository.Data).ToString().Should().Be("No problem found.");
    }

    [Fact]
    public void Validation_never_stops_at_the_first_problem()
    {
        var broken = new PackageBytes()
            .Replace("places.csv", "NEW-YORK,USA,", "NEW-YORK,XXX,")
            .Replace("participations.csv", "EU,CA-INITIATIVE,funder,", "EU,CA-INITIATIVE,sponsor,")
            .Replace("pillars.csv", "PILLAR-II,UNGCTS,2,", "PILLAR-II,UNGCTS,two,");
        var problems = CentralAsiaData.Read(broken.AsFiles(), out _).Problems.Where(p => p.Severity != Severity.Notice);
        problems.Select(p => p.RuleId).Should().BeEquivalentTo(["REF001", "TYP004", "TYP002"]);
        problems.Should().ContainSingle(p => p.RuleId == "REF001").Which.Should().Match<ValidationProblem>(p =>
            p.File == "places.csv" && p.Row == 5 && p.Column == "state_id" && p.EntityId == "NEW-YORK", "the entity is the row's (N4)");
    }

    [Fact]
    public void Expert_meetings_are_ordered_within_their_own_initiative()
    {
        // A second initiative with an "expert meeting 1" of its own, in 2013: no order problem with the 2010-2011 ones.
        var phase = new PackageBytes()
            .AppendRow("entities.csv", "CA-PHASE-II,initiative").AppendRow("entities.csv", "P2-EM1,event")
            .AppendRow("initiatives.csv", "CA-PHASE-II,UNGCTS,P2-EM1,S-UNRCCA-CT,A")
            .AppendRow("events.csv", "P2-EM1,expert-meeting,,1,CA-PHASE-II,2013-09,,month,ALMATY,S-UNRCCA-CT,A");
        var report = CentralAsiaData.Read(phase.AsFiles(), out _);
        report.Problems.Should().NotContain(p => p.RuleId == "DAT005");

        // The same meeting numbered 1 inside the first initiative, after its meeting 3, is out of order.
        var misnumbered = new PackageBytes()
            .AppendRow("entities.csv", "EM4,event")
            .AppendRow("events.csv", "EM4,expert-meeting,,1,CA-INITIATIVE,2011-08-01,,day,ALMATY,S-UNRCCA-CT,A");
        CentralAsiaData.Read(misnumbered.AsFiles(), out _).Problems.Should().Contain(p => p.RuleId == "DAT005" && p.EntityId == "EM2");
    }

    [Fact]
    public void A_descriptor_nested_a_thousand_levels_deep_is_refused_as_not_JSON()
    {
        var deep = new StringBuilder().Insert(0, "[", 1000).Append(']', 1000).ToString();
        var problems = CentralAsiaData.Read(new PackageBytes().SetText("datapackage.json", deep).AsFiles(), out _).Problems;
        problems.Should().ContainSingle().Which.RuleId.Should().Be("PKG002");
    }

    [Fact]
    public void The_rules_table_of_the_README_lists_every_rule()
    {
        var readme = Documentation.All;
        foreach (var rule in ValidationRules.All)
        {
            readme.Should().Contain($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Checks} |");
        }
    }

    // The citations rules are broken on purpose: the package is read with its citations as written.
    internal static PackageBytes NoRecite(PackageBytes package)
    {
        package.KeepCitationsInLine = false;
        return package;
    }
}
