using CentralAsiaCT.Tests.Support;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>
/// The edition's collections answer for their kind, and the plan in force follows the data's updates chain and each
/// plan's own region. The rows of the test packages are fixtures with made-up IDs and dates (TEST-...), cited to a
/// source of the data only because every row must cite one.
/// </summary>
public sealed class CollectionTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static CentralAsiaData Load(PackageBytes package)
    {
        var report = CentralAsiaData.Read(package.AsFiles(), out var data);
        report.Errors.Should().BeEmpty(report.ToString());
        return data!;
    }

    // A plan for Southern Asia (M49 034), adopted in 2030 after the 2022 plan and updating nothing: under "the last plan
    // adopted" it would replace the Central Asian plan for every state.
    private static PackageBytes WithPlanForSouthernAsia() => new PackageBytes()
        .AppendRow("entities.csv", "TEST-CONF-2030,event")
        .AppendRow("entities.csv", "TEST-SA-JPOA-2030,plan")
        .AppendRow("events.csv", "TEST-CONF-2030,conference,,,,2030-03-03,2030-03-04,day-range,ALMATY,S-UNOCT-2025-07-08,B")
        .AppendRow("documents.csv", "TEST-SA-JPOA-2030,plan,,TEST-CONF-2030,,034,,,,,,,S-UNOCT-2025-07-08,B")
        .AppendRow("participations.csv", "PAK,TEST-SA-JPOA-2030,adopter,,,S-UNOCT-2025-07-08,B");

    [Fact]
    public void Each_collection_is_a_read_only_list_of_its_kind_in_the_order_of_the_data()
    {
        Data.States.Count.Should().Be(Data.States.ToImmutableArray().Length).And.BePositive();
        Data.States.Should().Equal(Data.States.ToImmutableArray());
        Data.States[0].Id.Should().Be("KAZ");
        Data.Documents.Select(d => d.Id).Should().Equal("JPOA-2011", "DECL-2011", "DECL-2017", "JPOA-2022", "DECL-2022");
        Data.Plans.Select(p => p.Id).Should().Equal("JPOA-2011", "JPOA-2022");
        Data.Documents.Declarations.Should().OnlyContain(d => Data.Documents.Contains(d));
        Data.Pillars.Select(p => p.Number).Should().Equal(PillarNumber.I, PillarNumber.II, PillarNumber.III, PillarNumber.IV);
        Data.Reviews.Should().Equal(Data.Strategy.Reviews);
        Data.Entities.Count.Should().Be(Data.States.Count + Data.Organisations.Count + Data.Places.Count + Data.Timeline.Count
            + Data.Initiatives.Count + Data.Documents.Count + Data.Pillars.Count + Data.Reviews.Count + 1);
        Data.Timeline.ToString().Should().Be($"{Data.Timeline.Count} Event");
    }

    [Fact]
    public void Every_kind_is_found_through_the_one_implementation_by_ID_code_or_name()
    {
        Data.States.Get("Kirghizistan").Id.Should().Be("KGZ");
        Data.Organisations.Get("OTSC").Id.Should().Be("CSTO");
        Data.Places.Get("Achgabat").Id.Should().Be("ASHGABAT");
        Data.Pillars.Get("pilier III").Number.Should().Be(PillarNumber.III);
        Data.Reviews.Get("a/res/62/272").Id.Should().Be("REVIEW-1");
        Data.Plans.Get("JPOA-2022").Updates!.Id.Should().Be("JPOA-2011");
        Data.Timeline.Get("em2").Id.Should().Be("EM2");
        Data.Entities.Get<Organisation>("UNRCCA").Id.Should().Be("UNRCCA");
        Data.Entities.TryGet<State>("UNRCCA", out _).Should().BeFalse("UNRCCA is an organisation");
        Data.Plans.TryGet("DECL-2011", out _).Should().BeFalse("a declaration is not a plan");
        FluentActions.Invoking(() => Data.Places.Get("KAZ")).Should().Throw<KeyNotFoundException>().WithMessage("No place of the data set has the name or code 'KAZ'.*");
    }

    [Fact]
    public void The_collections_questions_answer_as_their_data_says()
    {
        Data.Participations.WithRole(Role.Host).Should().OnlyContain(p => p.Role == Role.Host).And.NotBeEmpty();
        Data.Organisations.OfKind(OrganisationKind.UnEntity).Should().Contain(o => o.Id == "UNRCCA");
        Data.Organisations.WithRole(Role.Funder).Select(o => o.Id).Should().Contain("EU");
        var seed = Data.Sources.Get("s-seed-fr");
        Data.Errata.Correcting(seed).Should().OnlyContain(e => e.ClaimSources.Any(s => s.Id == "S-SEED-FR")).And.NotBeEmpty();
        var ashgabat = Data.Places.Get("ASHGABAT");
        Data.Errata.About(ashgabat).Should().OnlyContain(e => e.EntityId == "ASHGABAT");
        Data.Timeline.At(ashgabat).Should().OnlyContain(e => e.Place == ashgabat).And.Contain(e => e.Id == "HLM-2011");
    }

    [Fact]
    public void A_plan_is_in_force_until_a_plan_that_updates_it_is_adopted()
    {
        var plan2011 = Data.Plans.Get("JPOA-2011");
        var plan2022 = Data.Plans.Get("JPOA-2022");

        Data.Plans.InForceOn(new LocalDate(2011, 11, 29)).Should().BeNull();
        Data.Plans.InForceOn(new LocalDate(2011, 11, 30)).Should().BeSameAs(plan2011);
        Data.Plans.InForceOn(new LocalDate(2022, 3, 2)).Should().BeSameAs(plan2011);
        Data.Plans.InForceOn(new LocalDate(2022, 3, 3)).Should().BeSameAs(plan2022);
        var status = Data.Plans.StatusOn(Data.States.Get("UZB"), new LocalDate(2015, 1, 1))!;
        (status.Plan, status.Status, status.From, status.Until).Should().Be((plan2011, JointPlanStatus.Observer, new LocalDate(2011, 11, 30), new LocalDate(2022, 3, 2)));
        plan2011.Region.Should().Be(new M49Region("143", "Central Asia"));
    }

    [Fact]
    public void A_plan_of_another_region_adopted_later_does_not_replace_the_plan_of_a_state_s_region()
    {
        var data = Load(WithPlanForSouthernAsia());
        var day = new LocalDate(2031, 1, 1);

        var kazakhstan = data.Plans.StatusOn(data.States.Get("KAZ"), day)!;
        (kazakhstan.Plan.Id, kazakhstan.Status, kazakhstan.Until).Should().Be(("JPOA-2022", JointPlanStatus.Adopted, (LocalDate?)null));
        var pakistan = data.Plans.StatusOn(data.States.Get("PAK"), day)!;
        (pakistan.Plan.Id, pakistan.Status).Should().Be(("TEST-SA-JPOA-2030", JointPlanStatus.Adopted));
        data.Plans.StatusOn(data.States.Get("IND"), day)!.Status.Should().Be(JointPlanStatus.Unknown, "India is in the region of the 2030 plan, which no source places it towards");
        data.Plans.StatusOn(data.States.Get("NOR"), day)!.Status.Should().Be(JointPlanStatus.None, "Norway is in the region of no plan");
        data.Plans.InForceOn(day)!.Id.Should().Be("TEST-SA-JPOA-2030", "of two plans in force, the one adopted last");
    }

    [Fact]
    public void A_plan_names_its_region_and_its_parties_are_states_of_it()
    {
        var noRegion = new PackageBytes().Replace("documents.csv", "JPOA-2011,plan,CA-INITIATIVE,HLM-2011,,143,", "JPOA-2011,plan,CA-INITIATIVE,HLM-2011,,,");
        CentralAsiaData.Read(noRegion.AsFiles(), out _).Errors.Should().ContainSingle(p => p.RuleId == "JPA001" && p.Message.Contains("names no region"));

        var southernParty = WithPlanForSouthernAsia().AppendRow("participations.csv", "KAZ,TEST-SA-JPOA-2030,observer,,,S-UNOCT-2025-07-08,B");
        CentralAsiaData.Read(southernParty.AsFiles(), out _).Errors.Should().ContainSingle(p => p.RuleId == "JPA001" && p.EntityId == "KAZ");
    }

    [Fact]
    public void A_third_kind_of_document_is_refused_never_read_as_a_declaration()
    {
        var treaty = new PackageBytes()
            .AppendRow("entities.csv", "TEST-TREATY,plan")
            .AppendRow("documents.csv", "TEST-TREATY,treaty,,HLM-2011,,,,,,,,,S-SEED-FR,B");

        CentralAsiaData.Read(treaty.AsFiles(), out var data).Errors.Should().Contain(p => p.RuleId == "TYP004" && p.Column == "kind");
        data.Should().BeNull();
    }

    [Fact]
    public void Links_between_entities_are_typed_and_entities_have_identity()
    {
        Data.Timeline.Get("EM2").Initiative.Should().BeSameAs(Data.Initiatives.Get("CA-INITIATIVE"));
        Data.Timeline.Get("CONF-2022").Initiative.Should().BeNull("no source places the 2022 conference in a phase");
        Data.Initiatives.Should().OnlyContain(i => i.Events.All(e => e.Initiative == i));
        Data.Pillars.Get(1).Strategy.Should().BeSameAs(Data.Strategy);
        Data.Reviews.Should().OnlyContain(r => r.Strategy == Data.Strategy);

        var fresh = Building.DataSetReader.Read(Packaging.BuiltInPackage.ReadTables());
        fresh.States.Get("KAZ").Should().NotBe(Data.States.Get("KAZ"), "an entity equals itself and nothing of another edition");
        fresh.States.Get("KAZ").Should().Be(fresh.States.Get("Kazakhstan"));
    }

    [Fact]
    public void A_state_that_joins_a_plan_later_stands_by_the_days_of_its_roles()
    {
        // Made up: Uzbekistan observes the 2022 plan until the end of 2023, then adopts it.
        var data = Load(new PackageBytes()
            .Replace("participations.csv", "UZB,JPOA-2022,adopter,,,", "UZB,JPOA-2022,adopter,2024-01-01,,")
            .AppendRow("participations.csv", "UZB,JPOA-2022,observer,,2023-12-31,S-UNOCT-2025-07-08,B"));
        var uzbekistan = data.States.Get("UZB");

        var observer = data.Plans.StatusOn(uzbekistan, new LocalDate(2023, 6, 1))!;
        (observer.Plan.Id, observer.Status, observer.From, observer.Until).Should().Be(("JPOA-2022", JointPlanStatus.Observer, new LocalDate(2022, 3, 3), (LocalDate?)new LocalDate(2023, 12, 31)));
        var adopter = data.Plans.StatusOn(uzbekistan, new LocalDate(2025, 6, 1))!;
        (adopter.Status, adopter.From, adopter.Until).Should().Be((JointPlanStatus.Adopted, new LocalDate(2024, 1, 1), (LocalDate?)null));
        data.Plans.Get("JPOA-2022").RoleOn(uzbekistan, new LocalDate(2023, 12, 31))!.Role.Should().Be(Role.Observer);

        var overlapping = new PackageBytes().AppendRow("participations.csv", "UZB,JPOA-2022,observer,,2024-01-01,S-UNOCT-2025-07-08,B")
            .Replace("participations.csv", "UZB,JPOA-2022,adopter,,,", "UZB,JPOA-2022,adopter,2024-01-01,,");
        CentralAsiaData.Read(overlapping.AsFiles(), out _).Errors.Should().ContainSingle(p => p.RuleId == "JPA002", "both roles are held on 2024-01-01");
    }
}
