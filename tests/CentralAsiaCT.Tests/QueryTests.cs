using NodaTime;

namespace CentralAsiaCT.Tests;

public sealed class QueryTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static string[] Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id).ToArray();

    [Fact]
    public void Statuses_read_straight_from_the_tables_agree_with_the_participations_of_the_graph()
    {
        // StatusOf reads the documents and participations rows without building the graph (for start-up time); the
        // graph's participations are the reference it must agree with, on the shipped edition and on a changed one.
        var changed = CentralAsiaData.Load(new Support.PackageBytes()
            .Replace("participations.csv", "UZB,JPOA-2011,observer", "UZB,JPOA-2011,adopter")
            .Replace("participations.csv", "KAZ,JPOA-2011,adopter", "KAZ,JPOA-2011,observer")
            .AsFiles());
        foreach (var data in new[] { Data, changed })
        {
            foreach (var state in data.States)
            {
                var fromGraph = data.Participations
                    .Where(p => p.Participant == (Entity)state && p.Target == (Entity)data.Plans.Get("JPOA-2011") && p.Role is Role.Adopter or Role.Observer)
                    .Select(p => p.Role == Role.Adopter ? JointPlanStatus.Adopted : JointPlanStatus.Observer)
                    .DefaultIfEmpty(JointPlanStatus.None)
                    .First();
                data.Plans.Get("JPOA-2011").StatusOn(state, data.Plans.Get("JPOA-2011").AdoptedOn.First)!.Status.Should().Be(fromGraph, state.Id);
            }
        }

        Ids(changed.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Adopted, changed.Plans.Get("JPOA-2011").AdoptedOn.First)).Should().Contain("UZB");
        Ids(changed.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Observer, changed.Plans.Get("JPOA-2011").AdoptedOn.First)).Should().Equal("KAZ");
    }

    [Fact]
    public void Events_by_pillar_place_and_host()
    {
        // The high-level meeting is linked to no pillar: no source says it covered one (audit of 2026-12-02).
        Ids(Data.Timeline.Covering(Data.Pillars.Get("II"))).Should().Equal("EM2");
        Ids(Data.Timeline.Covering(Data.Pillars.Get("IV"))).Should().Equal("EM1");
        Ids(Data.Timeline.At(Data.Places.Get("Douchanbé"))).Should().Equal("EM2", "DFM-2021", "NC-2023-07-DUSHANBE");
        // A state where a meeting was held is its place, not its host, unless a source says it hosted it.
        Ids(Data.Timeline.HostedBy(Data.States.Get("Kazakhstan"))).Should().BeEmpty();
        Ids(Data.Timeline.HostedBy(Data.States.Get("Slovakia"))).Should().Equal("EM1");
        Ids(Data.Timeline.HostedBy(Data.States.Get("Norway"))).Should().BeEmpty();
        Data.Participations.WithRole(Role.Host).Select(p => (p.Participant.Id, p.Target.Id)).Should().BeEquivalentTo([("SVK", "EM1"), ("CTITF", "HLM-2011"), ("UNOCT", "BRF-2025-07"), ("UNRCCA", "BRF-2025-07")]);
    }

    [Fact]
    public void Events_in_a_date_interval_say_which_are_certain()
    {
        var march2011 = new DateInterval(new LocalDate(2011, 3, 1), new LocalDate(2011, 3, 31));
        Ids(Data.Timeline.Within(march2011)).Should().Equal("EM2");
        Ids(Data.Timeline.PossiblyWithin(march2011)).Should().BeEmpty();

        // The launch is known only to the month (September 2010): a fortnight of that month may hold it, not certainly.
        var lateSeptember = new DateInterval(new LocalDate(2010, 9, 15), new LocalDate(2010, 9, 30));
        Ids(Data.Timeline.Within(lateSeptember)).Should().BeEmpty();
        Ids(Data.Timeline.PossiblyWithin(lateSeptember)).Should().Equal("LAUNCH-2010");

        // The second day of a two-day meeting is inside, the first is not: the meeting overlaps but is not within.
        var oneDay = new DateInterval(new LocalDate(2010, 12, 16), new LocalDate(2010, 12, 16));
        Ids(Data.Timeline.PossiblyWithin(oneDay)).Should().Equal("EM1");
    }

    [Fact]
    public void Events_before_and_after_a_date_are_those_certainly_so()
    {
        Ids(Data.Timeline.Before(new LocalDate(2011, 1, 1))).Should().Equal("LAUNCH-2010", "EM1");
        Ids(Data.Timeline.Before(new LocalDate(2010, 9, 30))).Should().BeEmpty("the launch may have been on 30 September 2010");
        Ids(Data.Timeline.After(new LocalDate(2011, 7, 22))).Should().Equal(
            "HLM-2011", "CONSULT-2012", "LAUNCH-2013", "WS-2013-11", "WS-2014-03", "WS-2014-07", "WS-2016-03", "WS-2016-12", "HLD-2017",
            "CM1-2018", "LAUNCH-2018", "TR-2018-10", "CM2-2019", "TR-2019-08", "DFM-2021", "CONF-2022", "EWN-2022",
            "NC-2023-07-DUSHANBE", "NC-2023-07-BISHKEK", "NC-2023-07-ASTANA", "NC-2023-07-TASHKENT", "NC-2023-07-ASHGABAT",
            "EWN-CONF-2023-10", "EWN-CONF-2023-12", "EWN-CONF-2024-09", "BRF-2025-07", "EWN-SEM-2025-07", "EWN-TRN-2025-09", "EWN-CONF-2025-10");
        Ids(Data.Timeline.After(new LocalDate(2018, 4, 1))).Should().StartWith(["TR-2018-10", "CM2-2019"], "the launch of phase III is known only to April 2018");
        Ids(Data.Timeline.After(new LocalDate(2025, 9, 14))).Should().Equal(["EWN-CONF-2025-10"], "the training of September 2025 is known only to the month");
        Ids(Data.Timeline.After(new LocalDate(2010, 9, 1))).Should().NotContain("LAUNCH-2010");
    }

    [Fact]
    public void Pillars_covered_so_far_and_by_each_hosts_meetings()
    {
        Data.Timeline.PillarsCoveredBy(new LocalDate(2011, 1, 1)).Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.IV);
        Data.Timeline.PillarsCoveredBy(new LocalDate(2011, 3, 29)).Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.IV);
        Data.Timeline.PillarsCoveredBy(new LocalDate(2011, 3, 30)).Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.II, PillarNumber.IV);
        Data.Timeline.PillarsCoveredBy(new LocalDate(2011, 7, 22)).Should().HaveCount(4);
        Data.Timeline.PillarsCoveredBy(new LocalDate(2010, 1, 1)).Should().BeEmpty();
        Data.Timeline.PillarsCoveredInEventsHostedBy(Data.States.Get("SK")).Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.IV);
        Data.Timeline.PillarsCoveredInEventsHostedBy(Data.States.Get("KZ")).Should().BeEmpty();
        Data.Timeline.PillarsCoveredInEventsHostedBy(Data.States.Get("TM")).Should().BeEmpty();
        Data.Timeline.PillarsCoveredInEventsHostedBy(Data.States.Get("UZ")).Should().BeEmpty();
    }

    [Fact]
    public void Organisations_by_role_and_kind()
    {
        Ids(Data.Organisations.WithRole(Role.Funder)).Should().Equal("EU");
        Ids(Data.Organisations.WithRole(Role.Coordinator)).Should().Equal("UNRCCA");
        Ids(Data.Organisations.WithRole(Role.CoSponsor)).Should().Equal("UN", "EU");
        Ids(Data.Organisations.WithRole(Role.Developer)).Should().Equal("CTITF-WG-PRC");
        Ids(Data.Organisations.WithRole(Role.Stakeholder)).Should().Equal("UN", "CIS", "CSTO", "OIC", "OSCE", "NATO", "SCO");
        Ids(Data.Organisations.OfKind(OrganisationKind.UnEntity)).Should().Equal("CTITF", "UNRCCA", "UNOCT");
        Ids(Data.Organisations.OfKind(OrganisationKind.RegionalOrganisation)).Should().Contain(["EU", "CSTO", "SCO"]);
    }

    [Fact]
    public void Declaration_supporters_are_the_five_the_ten_and_the_UN_and_EU()
    {
        Data.Documents.Declarations.Get("DECL-2011").Supporters.Should().HaveCount(16, "Uzbekistan, an observer, is not said by any source to have supported the declaration");
        Data.Documents.Declarations.Get("DECL-2011").Supporters.OfType<Organisation>().Select(o => o.Id).Should().Equal("UN", "EU");
    }

    [Fact]
    public void Everything_a_source_is_cited_for_and_the_errata_that_correct_it()
    {
        var oicNews = Data.Sources.Get("S-OIC-2011");
        var facts = Data.Sources.FactsCiting(oicNews);
        facts.OfType<Organisation>().Select(o => o.Id).Should().Equal("OIC");
        facts.OfType<Naming.Name>().Select(n => n.Text).Should().Contain(["Organisation of Islamic Cooperation", "Organisation of the Islamic Conference"]);
        facts.OfType<Milestone>().Should().ContainSingle(m => m.Kind == MilestoneKind.Renamed);
        facts.OfType<Sourcing.Erratum>().Select(e => e.Id).Should().Equal("E4");
        facts.Should().OnlyContain(f => f.Provenance.Sources.Contains(oicNews));

        var seed = Data.Sources.Get("S-SEED-FR");
        Data.Errata.Correcting(seed).Select(e => e.Id).Distinct().Should().Equal("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E9", "E10");
        Data.Sources.FactsCiting(seed).Length.Should().BeGreaterThan(100);
        Data.Errata.Correcting(Data.Sources.Get("S-UNSD-M49")).Should().BeEmpty();
    }

    [Fact]
    public void Queries_refuse_null()
    {
        FluentActions.Invoking(() => Data.Timeline.Covering(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Timeline.At(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Timeline.HostedBy(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Timeline.Within(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Timeline.PossiblyWithin(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Timeline.PillarsCoveredInEventsHostedBy(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Sources.FactsCiting(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Errata.Correcting(null!)).Should().Throw<ArgumentNullException>();
    }
}
