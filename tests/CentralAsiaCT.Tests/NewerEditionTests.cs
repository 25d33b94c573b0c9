using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>
/// A user's newer edition may add what happened after this one: a phase of the project, a plan that updates the
/// latest, a declaration, a meeting, a review. Each is built here as a data package and must load. The rows are test
/// fixtures with made-up IDs and dates (TEST-...), cited to a source of the data only because every row must cite one.
/// </summary>
public sealed class NewerEditionTests
{
    private static CentralAsiaData Load(PackageBytes package)
    {
        var report = CentralAsiaData.Read(package.AsFiles(), out var data);
        report.Errors.Should().BeEmpty(report.ToString());
        return data!;
    }

    // A fifth phase, following phase IV, launched in Tashkent.
    private static PackageBytes WithPhaseFive() => new PackageBytes()
        .AppendRow("entities.csv", "TEST-PHASE-V,initiative")
        .AppendRow("entities.csv", "TEST-LAUNCH-2027,event")
        .AppendRow("events.csv", "TEST-LAUNCH-2027,launch,,,TEST-PHASE-V,2027-02,,month,TASHKENT,S-UNOCT-2025-07-08,B")
        .AppendRow("initiatives.csv", "TEST-PHASE-V,UNGCTS,5,CA-PHASE-IV,TEST-LAUNCH-2027,,S-UNOCT-2025-07-08,B")
        .AppendRow("participations.csv", "EU,TEST-PHASE-V,funder,,,S-UNOCT-2025-07-08,B");

    // A plan of 2030 that updates the 2022 plan, adopted at a conference in Almaty with its declaration.
    private static PackageBytes WithPlanOf2030() => WithPhaseFive()
        .AppendRow("entities.csv", "TEST-CONF-2030,event")
        .AppendRow("entities.csv", "TEST-JPOA-2030,plan")
        .AppendRow("entities.csv", "TEST-DECL-2030,declaration")
        .AppendRow("events.csv", "TEST-CONF-2030,conference,,,TEST-PHASE-V,2030-03-03,2030-03-04,day-range,ALMATY,S-UNOCT-2025-07-08,B")
        .AppendRow("documents.csv", "TEST-JPOA-2030,plan,TEST-PHASE-V,TEST-CONF-2030,JPOA-2022,143,,,,,,,S-UNOCT-2025-07-08,B")
        .AppendRow("documents.csv", "TEST-DECL-2030,declaration,TEST-PHASE-V,TEST-CONF-2030,,,,,,,,,S-UNOCT-2025-07-08,B")
        .AppendRow("participations.csv", "KAZ,TEST-JPOA-2030,adopter,,,S-UNOCT-2025-07-08,B")
        .AppendRow("participations.csv", "TKM,TEST-JPOA-2030,observer,,,S-UNOCT-2025-07-08,B");

    [Fact]
    public void A_new_phase_loads_with_its_own_events_and_follows_the_last()
    {
        var data = Load(WithPhaseFive());

        data.Initiatives.Select(i => i.Id).Should().Equal("CA-INITIATIVE", "CA-PHASE-II", "CA-PHASE-III", "CA-PHASE-IV", "TEST-PHASE-V");
        var phase = data.Initiatives.Get("TEST-PHASE-V");
        phase.Phase.Should().Be(5);
        phase.Follows!.Id.Should().Be("CA-PHASE-IV");
        phase.Launch!.Id.Should().Be("TEST-LAUNCH-2027");
        phase.Events.Select(e => e.Id).Should().Equal("TEST-LAUNCH-2027");
        phase.Funders.Select(f => f.Id).Should().Equal("EU");
        data.Initiatives.Get("CA-INITIATIVE").Events.Select(e => e.Id).Should().Equal("LAUNCH-2010", "EM1", "EM2", "EM3", "HLM-2011");
    }

    [Fact]
    public void A_later_meeting_loads_in_the_timeline_and_in_its_phase()
    {
        var data = Load(new PackageBytes()
            .AppendRow("entities.csv", "TEST-CM3-2019,event")
            .AppendRow("events.csv", "TEST-CM3-2019,coordination-meeting,,3,CA-PHASE-III,2019-11-20,,day,ISTANBUL,S-UNRCCA-MAPPING-2018,B")
            .AppendRow("entities.csv", "TEST-MEETING-2026,event")
            .AppendRow("events.csv", "TEST-MEETING-2026,consultation,,,,2026-11-28,,day,ALMATY,S-UNOCT-2025-07-08,B"));

        data.Timeline[^1].Id.Should().Be("TEST-MEETING-2026");
        data.Initiatives.Get("CA-PHASE-III").Events.Select(e => e.Id).Should().Equal("CM1-2018", "LAUNCH-2018", "TR-2018-10", "CM2-2019", "TR-2019-08", "TEST-CM3-2019");
    }

    [Fact]
    public void A_later_review_loads_in_the_order_of_its_ordinal()
    {
        var data = Load(new PackageBytes()
            .AppendRow("entities.csv", "TEST-REVIEW-10,review")
            .AppendRow("reviews.csv", "TEST-REVIEW-10,UNGCTS,10,,2028,year,,,,,S-CSO-9TH,B"));

        var review = data.Strategy.Reviews[^1];
        review.Ordinal.Should().Be(10);
        review.AdoptedOn!.Precision.Should().Be(Dating.DatePrecision.Year);
        review.Symbol.Should().BeNull();
        review.Adoption.Should().BeNull();
    }

    [Fact]
    public void A_plan_that_updates_the_2022_plan_loads_and_is_in_force_from_its_adoption()
    {
        var data = Load(WithPlanOf2030());

        data.Plans.Select(p => p.Id).Should().Equal("JPOA-2011", "JPOA-2022", "TEST-JPOA-2030");
        data.Documents.Declarations.Select(d => d.Id).Should().Equal("DECL-2011", "DECL-2017", "DECL-2022", "TEST-DECL-2030");
        var plan = data.Plans.Get("TEST-JPOA-2030");
        plan.Updates!.Id.Should().Be("JPOA-2022");
        plan.Initiative!.Documents.Select(d => d.Id).Should().Equal("TEST-JPOA-2030", "TEST-DECL-2030");
        var turkmenistan = data.States.Get("TM");
        data.Plans.StatusOn(turkmenistan, new LocalDate(2030, 3, 2))!.Status.Should().Be(JointPlanStatus.Adopted);
        data.Plans.StatusOn(turkmenistan, new LocalDate(2030, 3, 3))!.Should().Match<PlanStatus>(s => s.Plan == plan && s.Status == JointPlanStatus.Observer);
        data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2031, 1, 1))!.Status.Should().Be(JointPlanStatus.Unknown, "no row places Uzbekistan towards that plan");
        data.Plans.StatusOn(data.States.Get("AF"), new LocalDate(2031, 1, 1))!.Status.Should().Be(JointPlanStatus.None, "Afghanistan is outside the region the plan covers");
        plan.StatesWith(JointPlanStatus.Unknown, plan.AdoptedOn.First).Select(s => s.Id).Should().Equal("KGZ", "TJK", "UZB");
    }

    [Fact]
    public void An_event_after_the_closing_of_its_own_phase_is_refused()
    {
        var report = CentralAsiaData.Read(new PackageBytes()
            .AppendRow("entities.csv", "TEST-LATE,event")
            .AppendRow("events.csv", "TEST-LATE,expert-meeting,,1,CA-PHASE-II,2017-09-10,,day,ALMATY,S-UNRCCA-CT,A").AsFiles(), out var data);

        report.Errors.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.RuleId == "DAT004" && p.EntityId == "TEST-LATE");
        data.Should().BeNull();
    }

    [Fact]
    public void An_event_of_a_phase_before_the_phase_it_follows_was_closed_is_refused()
    {
        var report = CentralAsiaData.Read(new PackageBytes()
            .AppendRow("entities.csv", "TEST-EARLY,event")
            .AppendRow("events.csv", "TEST-EARLY,coordination-meeting,,2,CA-PHASE-III,2016-01-10,,day,ALMATY,S-UNRCCA-CT,A").AsFiles(), out _);

        report.Errors.Select(p => p.RuleId).Should().Contain("DAT004");
        report.Errors.Should().OnlyContain(p => p.RuleId == "DAT004" || p.RuleId == "DAT005");
    }

    [Fact]
    public void Roles_are_asked_of_the_entity_they_are_about_and_agree_with_the_edition()
    {
        var data = CentralAsiaData.Default;
        foreach (var entity in data.States.Concat<Entity>(data.Organisations).Concat(data.Initiatives).Concat(data.Plans).Concat(data.Documents.Declarations))
        {
            entity.RolesTaken.Should().Equal(entity.RolesTaken, entity.Id);
            entity.RolesIn.Should().Equal(entity.RolesIn, entity.Id);
        }

        foreach (var plan in data.Plans)
        {
            plan.Parties.Should().Equal(plan.StatesWith(JointPlanStatus.Adopted, plan.AdoptedOn.First));
            plan.Observers.Should().Equal(plan.StatesWith(JointPlanStatus.Observer, plan.AdoptedOn.First));
            data.States.Should().OnlyContain(s => plan.StatesWith(plan.StatusOn(s, plan.AdoptedOn.First)!.Status, plan.AdoptedOn.First).Contains(s));
        }

        FluentActions.Invoking(() => data.Plans[0].StatusOn(null!, new LocalDate(2015, 1, 1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => data.Plans.StatusOn(null!, new LocalDate(2023, 1, 1))).Should().Throw<ArgumentNullException>();
    }
}
