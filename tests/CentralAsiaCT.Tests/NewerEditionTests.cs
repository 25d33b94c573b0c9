using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>
/// A user's newer edition may add what happened after 2011: a phase of the project, a plan that updates the 2011 one,
/// a declaration, a meeting after 2011. Each is built here as a data package and must load (issue "The living record";
/// each was refused with MOD001, DAT004 or DAT005 before).
/// </summary>
public sealed class NewerEditionTests
{
    private static CentralAsiaData Load(PackageBytes package)
    {
        var report = CentralAsiaData.Read(package.AsFiles(), out var data);
        report.Errors.Should().BeEmpty(report.ToString());
        return data!;
    }

    // Phase II of the project, launched in September 2013 (S-UNRCCA-CT gives the launch and its funders).
    private static PackageBytes WithPhaseTwo() => new PackageBytes()
        .AppendRow("entities.csv", "CA-PHASE-II,initiative")
        .AppendRow("entities.csv", "LAUNCH-2013,event")
        .AppendRow("events.csv", "LAUNCH-2013,launch,,CA-PHASE-II,2013-09,,month,ALMATY,S-UNRCCA-CT,A")
        .AppendRow("initiatives.csv", "CA-PHASE-II,UNGCTS,LAUNCH-2013,S-UNRCCA-CT,A")
        .AppendRow("participations.csv", "EU,CA-PHASE-II,funder,S-UNRCCA-CT,A");

    [Fact]
    public void A_phase_of_the_project_launched_in_2013_loads_with_its_own_events()
    {
        var data = Load(WithPhaseTwo());

        data.Initiatives.Select(i => i.Id).Should().Equal("CA-INITIATIVE", "CA-PHASE-II");
        var phase = data.Initiatives[1];
        phase.Launch!.Id.Should().Be("LAUNCH-2013");
        phase.Events.Select(e => e.Id).Should().Equal("LAUNCH-2013");
        data.Initiatives[0].Events.Select(e => e.Id).Should().Equal("LAUNCH-2010", "EM1", "EM2", "EM3", "HLM-2011");
        data.ParticipationsIn(phase).Should().ContainSingle(p => p.Participant.Id == "EU" && p.Role == Role.Funder);
        data.Initiative.Id.Should().Be("CA-INITIATIVE", "the first initiative of the package");
    }

    [Fact]
    public void A_meeting_after_2011_loads()
    {
        // The consultation of 2012-06-21/22 in Almaty (S-UNRCCA-CONSULT-2012 in the register's part 2).
        var data = Load(new PackageBytes()
            .AppendRow("sources.csv", "S-UNRCCA-CONSULT-2012,UNRCCA and CTITF co-organize Consultation Meeting with Regional Organizations in Almaty,UNRCCA,en,https://unrcca.unmissions.org/unrcca-and-ctitf-co-organize-consultation-meeting-regional-organizations-almaty")
            .AppendRow("entities.csv", "CONSULT-2012,event")
            .AppendRow("events.csv", "CONSULT-2012,high-level-meeting,,CA-INITIATIVE,2012-06-21,2012-06-22,day-range,ALMATY,S-UNRCCA-CONSULT-2012,A"));

        data.Timeline[^1].Id.Should().Be("CONSULT-2012");
        data.EventsAfter(new NodaTime.LocalDate(2011, 12, 31)).Select(e => e.Id).Should().Equal("CONSULT-2012");
    }

    [Fact]
    public void An_updated_plan_and_a_declaration_of_2022_load_and_Uzbekistan_is_a_party_to_the_update()
    {
        var data = Load(WithPhaseTwo()
            .AppendRow("entities.csv", "TASHKENT-2022,event")
            .AppendRow("entities.csv", "JPOA-2022,plan")
            .AppendRow("entities.csv", "DECL-TASHKENT-2022,declaration")
            .AppendRow("events.csv", "TASHKENT-2022,high-level-meeting,,CA-PHASE-II,2022-03-03,2022-03-04,day-range,ALMATY,S-UNRCCA-CT,A")
            .AppendRow("documents.csv", "JPOA-2022,plan,CA-PHASE-II,TASHKENT-2022,,S-UNRCCA-CT,B")
            .AppendRow("documents.csv", "DECL-TASHKENT-2022,declaration,CA-PHASE-II,TASHKENT-2022,,S-UNRCCA-CT,B")
            .AppendRow("participations.csv", "UZB,JPOA-2022,adopter,S-UNRCCA-CT,B"));

        data.Plans.Select(p => p.Id).Should().Equal("JPOA-2011", "JPOA-2022");
        data.Declarations.Select(d => d.Id).Should().Equal("DECL-2011", "DECL-TASHKENT-2022");
        var uzbekistan = data.GetState("UZ");
        data.Plans[0].StatusOf(uzbekistan).Should().Be(JointPlanStatus.Observer);
        data.Plans[1].StatusOf(uzbekistan).Should().Be(JointPlanStatus.Adopted);
        data.StatusOf(uzbekistan).Should().Be(JointPlanStatus.Observer, "StatusOf(state) answers about the first plan, JointPlanOfAction");
        data.JointPlanOfAction.Id.Should().Be("JPOA-2011");
        data.Plans[1].Parties.Select(p => p.Id).Should().Equal("UZB");
        data.Plans[1].Observers.Should().BeEmpty();
        data.Plans[0].Observers.Select(p => p.Id).Should().Equal("UZB");
        data.Plans[1].AdoptedOn.ToString().Should().Be("2022-03-03/2022-03-04");
    }

    [Fact]
    public void Where_a_state_stood_on_a_day_is_towards_the_plan_in_force_that_day_with_its_sources_and_grade()
    {
        var data = Load(WithPhaseTwo()
            .AppendRow("entities.csv", "TASHKENT-2022,event")
            .AppendRow("entities.csv", "JPOA-2022,plan")
            .AppendRow("events.csv", "TASHKENT-2022,high-level-meeting,,CA-PHASE-II,2022-03-03,2022-03-04,day-range,ALMATY,S-UNRCCA-CT,A")
            .AppendRow("documents.csv", "JPOA-2022,plan,CA-PHASE-II,TASHKENT-2022,,S-UNRCCA-CT,B")
            .AppendRow("participations.csv", "UZB,JPOA-2022,adopter,S-UNRCCA-CT,B"));
        var uzbekistan = data.GetState("Uzbekistan");

        var in2015 = data.StatusOn(uzbekistan, new NodaTime.LocalDate(2015, 1, 1))!;
        in2015.Plan.Id.Should().Be("JPOA-2011");
        in2015.Status.Should().Be(JointPlanStatus.Observer);
        in2015.Provenance!.Grade.Should().Be(Sourcing.Grade.A);

        var in2023 = data.StatusOn(uzbekistan, new NodaTime.LocalDate(2023, 1, 1))!;
        in2023.Plan.Id.Should().Be("JPOA-2022");
        in2023.Status.Should().Be(JointPlanStatus.Adopted);
        in2023.Provenance!.SourceIds.Should().Be("S-UNRCCA-CT");
        in2023.Provenance.Grade.Should().Be(Sourcing.Grade.B);

        data.StatusOn(uzbekistan, new NodaTime.LocalDate(2022, 3, 3))!.Plan.Id.Should().Be("JPOA-2022", "the plan is in force from the day of its adoption");
        data.StatusOn(uzbekistan, new NodaTime.LocalDate(2022, 3, 2))!.Plan.Id.Should().Be("JPOA-2011");
        data.StatusOn(uzbekistan, new NodaTime.LocalDate(2011, 11, 29)).Should().BeNull("before the first plan there is nothing to stand towards");

        // No source in this package places Kazakhstan towards the 2022 update: unknown, not none. Afghanistan is outside the region.
        data.StatusOn(data.GetState("KZ"), new NodaTime.LocalDate(2023, 1, 1))!.Should().Match<PlanStatus>(s => s.Status == JointPlanStatus.Unknown && s.Provenance == null);
        data.StatusOn(data.GetState("AF"), new NodaTime.LocalDate(2023, 1, 1))!.Status.Should().Be(JointPlanStatus.None);
        FluentActions.Invoking(() => data.StatusOn(null!, new NodaTime.LocalDate(2023, 1, 1))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Roles_are_asked_of_the_entity_they_are_about_and_agree_with_the_edition()
    {
        var data = CentralAsiaData.Default;
        data.JointPlanOfAction.Parties.Select(s => s.Id).Should().Equal("KAZ", "KGZ", "TJK", "TKM");
        data.JointPlanOfAction.Parties.Should().Equal(data.StatesWithStatus(JointPlanStatus.Adopted));
        data.JointPlanOfAction.Observers.Should().Equal(data.StatesWithStatus(JointPlanStatus.Observer));
        foreach (var entity in data.States.Concat<Entity>(data.Organisations).Append(data.Initiative).Append(data.JointPlanOfAction))
        {
            entity.RolesTaken.Should().Equal(data.ParticipationsOf(entity), entity.Id);
            entity.RolesIn.Should().Equal(data.ParticipationsIn(entity), entity.Id);
        }

        data.Initiative.RolesIn.Where(p => p.Role == Role.Funder).Select(p => p.Participant.Id).Should().Equal("EU", "NOR");
    }

    [Fact]
    public void An_event_before_the_launch_of_its_own_initiative_is_still_refused()
    {
        var report = CentralAsiaData.Read(WithPhaseTwo()
            .AppendRow("entities.csv", "EARLY,event")
            .AppendRow("events.csv", "EARLY,expert-meeting,1,CA-PHASE-II,2012-01-10,,day,ALMATY,S-UNRCCA-CT,A").AsFiles(), out var data);

        report.Errors.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.RuleId == "DAT004" && p.EntityId == "EARLY");
        data.Should().BeNull();
    }

    [Fact]
    public void The_status_towards_a_plan_agrees_with_the_first_plan_status_on_the_built_in_edition()
    {
        var data = CentralAsiaData.Default;
        data.Plans.Should().ContainSingle().Which.Should().Be(data.JointPlanOfAction);
        data.States.Should().OnlyContain(s => data.JointPlanOfAction.StatusOf(s) == data.StatusOf(s));
        FluentActions.Invoking(() => data.JointPlanOfAction.StatusOf(null!)).Should().Throw<ArgumentNullException>();
    }
}
