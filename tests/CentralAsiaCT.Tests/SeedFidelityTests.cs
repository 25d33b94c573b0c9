using CentralAsiaCT.Dating;
using CentralAsiaCT.Naming;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>
/// One test per fact that the seed page (S-SEED-FR) states, checked through the public API. Where the seed contradicts
/// itself or better sources, the test checks both the value taken and the erratum that keeps the seed's claim.
/// </summary>
public sealed class SeedFidelityTests
{
    private const string Seed = "S-SEED-FR";
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Fact]
    public void The_strategy_has_four_pillars_numbered_I_to_IV()
    {
        Data.Pillars.Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.II, PillarNumber.III, PillarNumber.IV);
        Data.Pillars.Should().OnlyContain(p => p.Provenance.Sources.Any(s => s.Id == Seed));
        Data.Strategy.Symbol.Should().Be("A/RES/60/288");
        Data.Strategy.GetName("fr").Text.Should().Be("Stratégie antiterroriste mondiale des Nations Unies");
    }

    [Fact]
    public void Pillar_titles_without_a_Russian_source_say_so_instead_of_falling_back()
    {
        var pillarI = Data.Pillars.Get(PillarNumber.I);
        pillarI.TryGetName("ru", out _).Should().BeFalse();
        pillarI.Invoking(p => p.GetName("ru")).Should().Throw<KeyNotFoundException>().WithMessage("*'ru'*PILLAR-I*");
        Data.Pillars.Get(PillarNumber.III).GetName("ru").Text.Should().StartWith("Меры по укреплению потенциала государств");
    }

    [Theory]
    [InlineData("KAZ", JointPlanStatus.Adopted)]
    [InlineData("KGZ", JointPlanStatus.Adopted)]
    [InlineData("TJK", JointPlanStatus.Adopted)]
    [InlineData("TKM", JointPlanStatus.Adopted)]
    [InlineData("UZB", JointPlanStatus.Observer)]
    public void Each_Central_Asian_state_has_the_status_the_seed_gives(string alpha3, JointPlanStatus expected)
    {
        var state = (State)Data.Entities.Get(alpha3);
        Data.Plans.Get("JPOA-2011").StatusOn(state, Data.Plans.Get("JPOA-2011").AdoptedOn.First)!.Status.Should().Be(expected);
        state.RolesTaken
            .Single(p => p.Target == Data.Plans.Get("JPOA-2011"))
            .Provenance.Sources.Select(s => s.Id).Should().Contain(Seed);
    }

    [Theory]
    [InlineData("EM1", 2010, 12, "BRATISLAVA", PillarNumber.I)]
    [InlineData("EM2", 2011, 3, "DUSHANBE", PillarNumber.II)]
    [InlineData("EM3", 2011, 7, null, PillarNumber.III)]
    public void Each_expert_meeting_keeps_the_month_place_and_pillar_the_seed_gives(
        string eventId, int year, int month, string? seedPlace, PillarNumber seedHeadingPillar)
    {
        var meeting = (Event)Data.Entities.Get(eventId);
        var seedMonth = new YearMonth(year, month);

        meeting.Kind.Should().Be(EventKind.ExpertMeeting);
        meeting.Date.Month.Should().Be(seedMonth, "the day-level date taken lies in the month the seed gives");
        meeting.Date.Precision.Should().Be(DatePrecision.DayRange);
        meeting.Pillars.Select(p => p.Number).Should().Contain(seedHeadingPillar);

        var seedClaims = meeting.Claims.Where(c => c.Provenance.Sources.Any(s => s.Id == Seed)).ToList();
        seedClaims.Should().NotBeEmpty();
        seedClaims.Should().OnlyContain(c => c.Date!.Precision == DatePrecision.Month && c.Date.Month == seedMonth);
        seedClaims.Select(c => c.Pillar?.Number).Should().Contain(seedHeadingPillar);
        if (seedPlace is null)
        {
            seedClaims.Should().OnlyContain(c => c.Place == null, "the seed names no place for this meeting");
        }
        else
        {
            meeting.Place!.Id.Should().Be(seedPlace);
            seedClaims.Should().OnlyContain(c => c.Place!.Id == seedPlace);
        }

        Data.Errata.About(meeting).Should().Contain(e => e.Id == "E10" && e.Field == "date" && e.ClaimSources.Any(s => s.Id == Seed));
    }

    [Fact]
    public void Dushanbe_meeting_is_on_pillar_II_and_the_seeds_body_claim_of_pillar_III_is_kept_as_erratum_E1()
    {
        var dushanbe = (Event)Data.Entities.Get("EM2");
        dushanbe.Pillars.Select(p => p.Number).Should().Equal(PillarNumber.II);
        dushanbe.Claims.Should().Contain(c => c.Pillar!.Number == PillarNumber.III && c.Evidence.Contains("body"));

        var erratum = Data.Errata.About(dushanbe).Single(e => e.Id == "E1");
        erratum.Claim.Should().Contain("pilier III");
        erratum.Taken.Should().Be("PILLAR-II");
        erratum.ClaimSources.Select(s => s.Id).Should().Equal(Seed);
        erratum.Provenance.Sources.Select(s => s.Id).Should().Contain(["S-CTITF-EN", "S-UNRCCA-CT-UNOWAS"]);
    }

    [Fact]
    public void Bratislava_meeting_covers_pillars_I_and_IV_and_the_seeds_pillar_I_only_is_erratum_E2()
    {
        var bratislava = (Event)Data.Entities.Get("EM1");
        bratislava.Pillars.Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.IV);
        bratislava.PillarCoverage.Single(c => c.Pillar.Number == PillarNumber.IV)
            .Provenance.Sources.Select(s => s.Id).Should().BeEquivalentTo(["S-UNRCCA-EM1", "S-UNIS-393"]);
        Data.Errata.About(bratislava).Should().ContainSingle(e => e.Id == "E2").Which.ClaimSources.Select(s => s.Id).Should().Contain(Seed);
    }

    [Fact]
    public void The_plan_was_adopted_on_30_November_2011_in_Ashgabat_at_the_high_level_meeting()
    {
        var plan = Data.Plans.Get("JPOA-2011");
        plan.AdoptedOn.Day.Should().Be(new LocalDate(2011, 11, 30));
        plan.AdoptedAt.Kind.Should().Be(EventKind.HighLevelMeeting);
        plan.AdoptedAt.Place!.Id.Should().Be("ASHGABAT");
        plan.AdoptedAt.Place.State.Alpha3.Should().Be("TKM");
        plan.AdoptedAt.Place.GetName("fr").Text.Should().Be("Achgabat");
        plan.Provenance.Sources.Select(s => s.Id).Should().Contain(Seed);
        plan.AdoptedAt.Claims.Should().Contain(c => c.Date!.Day == new LocalDate(2011, 11, 30) && c.Place!.Id == "ASHGABAT");
    }

    [Fact]
    public void The_seeds_typo_Ashgabata_is_kept_as_an_erroneous_name_with_erratum_E5()
    {
        var ashgabat = Data.Entities.Get("ASHGABAT");
        ashgabat.Names.Should().ContainSingle(n => n.Text == "Ashgabata").Which.Kind.Should().Be(NameKind.ErroneousInSource);
        Data.Errata.About(ashgabat).Should().ContainSingle(e => e.Id == "E5" && e.Taken == "Achgabat");
    }

    [Fact]
    public void The_ministerial_meeting_is_the_high_level_meeting_with_erratum_E6()
    {
        var meeting = Data.Plans.Get("JPOA-2011").AdoptedAt;
        meeting.Kind.Should().Be(EventKind.HighLevelMeeting);
        meeting.Names.Select(n => n.Text).Should().Contain(["réunion ministérielle", "réunion de haut niveau"]);
        Data.Errata.About(meeting).Should().ContainSingle(e => e.Id == "E6");
    }

    [Fact]
    public void The_declaration_was_supported_by_54_participants_including_ten_other_member_states_the_UN_and_the_EU()
    {
        Data.Documents.Declarations.Get("DECL-2011").ParticipantCount.Should().Be(54);
        Data.Documents.Declarations.Get("DECL-2011").AdoptedAt.Should().BeSameAs(Data.Plans.Get("JPOA-2011").AdoptedAt);

        var supporters = Data.Documents.Declarations.Get("DECL-2011").RolesIn.Where(p => p.Role == Role.DeclarationSupporter).ToList();
        supporters.Should().OnlyContain(p => p.Provenance.Sources.Any(s => s.Id == Seed));
        supporters.Select(p => p.Participant).OfType<State>().Where(s => s.SubRegion.Code != "143").Select(s => s.Alpha3)
            .Should().BeEquivalentTo(["AFG", "AZE", "CHN", "IND", "IRN", "NOR", "PAK", "RUS", "TUR", "USA"]);
        supporters.Select(p => p.Participant).OfType<State>().Where(s => s.SubRegion.Code == "143").Select(s => s.Alpha3).Should().BeEquivalentTo(["KAZ", "KGZ", "TJK", "TKM"], "the seed names the four adopters as the Central Asian States; whether the observer supported the declaration it does not say");
        supporters.Select(p => p.Participant).OfType<Organisation>().Select(o => o.Id).Should().BeEquivalentTo(["UN", "EU"]);
    }

    [Theory]
    [InlineData("RUS", "Russie")]
    [InlineData("IRN", "Iran")]
    [InlineData("TUR", "Turquie")]
    [InlineData("USA", "Etats-Unis")]
    [InlineData("KGZ", "Kirghizistan")]
    public void The_seeds_French_forms_of_state_names_are_held(string alpha3, string seedForm)
    {
        Data.Entities.Get(alpha3).Names.Should().Contain(n => n.Language == "fr" && n.Text == seedForm && n.Provenance.Sources.Any(s => s.Id == Seed));
    }

    [Fact]
    public void The_project_was_funded_by_the_EU_and_Norway_and_coordinated_by_UNRCCA_seated_in_Ashgabat()
    {
        var initiative = Data.Initiatives.Get("CA-INITIATIVE");
        initiative.Funders.Select(p => p.Id).Should().BeEquivalentTo(["EU", "NOR"]);
        Data.Participations.WithRole(Role.Funder).Where(p => p.Target == initiative).Should().HaveCount(2).And.OnlyContain(p => p.Target == Data.Initiatives.Get("CA-INITIATIVE") && p.Provenance.Sources.Any(s => s.Id == Seed));

        var coordinator = Data.Participations.WithRole(Role.Coordinator).Should().ContainSingle().Which;
        coordinator.Participant.Id.Should().Be("UNRCCA");
        var unrcca = (Organisation)coordinator.Participant;
        unrcca.Seat!.Id.Should().Be("ASHGABAT");
        unrcca.GetName("fr").Text.Should().Be("Centre régional des Nations Unies pour la diplomatie préventive en Asie centrale");
    }

    [Fact]
    public void The_initiative_was_developed_by_the_CTITF_working_group_on_preventing_and_resolving_conflict()
    {
        var developer = Data.Participations.WithRole(Role.Developer).Should().ContainSingle().Which;
        var group = developer.Participant.Should().BeOfType<Organisation>().Which;
        group.Id.Should().Be("CTITF-WG-PRC");
        group.Parent!.Id.Should().Be("CTITF");
        group.GetName("fr").Text.Should().Be("Groupe de travail sur la prévention et le règlement des conflits");
    }

    [Fact]
    public void The_three_expert_meetings_were_co_sponsored_by_the_UN_and_the_EU()
    {
        foreach (var meeting in Data.Timeline.Where(e => e.Kind == EventKind.ExpertMeeting))
        {
            meeting.RolesIn.Where(p => p.Role == Role.CoSponsor).Select(p => p.Participant.Id)
                .Should().BeEquivalentTo(["UN", "EU"], meeting.Id);
        }
    }

    [Theory]
    [InlineData("CIS", "Communauté d'États indépendants")]
    [InlineData("CSTO", "Organisation du Traité de sécurité collective")]
    [InlineData("OSCE", "Organisation pour la sécurité et la coopération en Europe")]
    [InlineData("NATO", "Organisation du Traité de l'Atlantique Nord")]
    [InlineData("OIC", "Organisation de la Conférence islamique")]
    public void Each_organisation_the_seed_lists_is_a_stakeholder_with_the_seeds_French_name(string id, string seedName)
    {
        var organisation = Data.Entities.Get(id);
        organisation.RolesTaken.Should().Contain(p =>
            p.Role == Role.Stakeholder && p.Target == Data.Initiatives.Get("CA-INITIATIVE") && p.Provenance.Sources.Any(s => s.Id == Seed));
        organisation.Names.Should().Contain(n => n.Language == "fr" && n.Text == seedName);
    }

    [Fact]
    public void The_seeds_acronym_CIE_is_an_error_of_the_source_with_erratum_E3()
    {
        var cis = Data.Entities.Get("CIS");
        cis.Names.Should().ContainSingle(n => n.Text == "CIE").Which.Kind.Should().Be(NameKind.ErroneousInSource);
        Data.Errata.About(cis).Should().ContainSingle(e => e.Id == "E3").Which.Taken.Should().Be("CEI");
    }

    [Fact]
    public void The_OIC_name_the_seed_uses_is_its_former_name_with_erratum_E4()
    {
        var oic = Data.Entities.Get("OIC");
        var former = oic.Names.Single(n => n.Language == "fr" && n.Text == "Organisation de la Conférence islamique");
        former.Kind.Should().Be(NameKind.Former);
        former.ValidTo.Should().Be(new LocalDate(2011, 6, 27));
        oic.GetName("en").Text.Should().Be("Organisation of Islamic Cooperation");
        Data.Errata.About(oic).Should().ContainSingle(e => e.Id == "E4");
    }

    [Fact]
    public void The_states_of_the_region_were_stakeholders_of_the_initiative()
    {
        Data.Initiatives.Get("CA-INITIATIVE").RolesIn.Where(p => p.Role == Role.Stakeholder && p.Participant is State)
            .Select(p => p.Participant.Id).Should().BeEquivalentTo(["KAZ", "KGZ", "UZB", "TJK", "TKM"]);
    }

    [Fact]
    public void The_plan_is_the_first_regional_framework_as_the_seed_says_in_French_only()
    {
        var significance = Data.Plans.Get("JPOA-2011").Statements.Should().ContainSingle(s => s.Topic == StatementTopic.Significance).Which;
        significance.Language.Should().Be("fr");
        significance.Text.Should().StartWith("le premier cadre régional");
        Data.Plans.Get("JPOA-2011").Statements.Should().NotContain(s => s.Language == "en", "no source gives the statement in English");
    }
}
