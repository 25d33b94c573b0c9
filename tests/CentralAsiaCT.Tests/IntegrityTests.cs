using CentralAsiaCT.Tests.Support;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>The data set holds together: keys, references, sources, grades, the counts the seed states, the dates.</summary>
public sealed class IntegrityTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    public static TheoryData<string> TableNames()
    {
        var names = new TheoryData<string>();
        foreach (var resource in PublishedPackage.Resources)
        {
            names.Add(resource.GetProperty("name").GetString()!);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Primary_keys_are_unique(string table)
    {
        var key = PublishedPackage.Strings(PublishedPackage.Resource(table).GetProperty("schema").GetProperty("primaryKey"));
        var keys = PublishedPackage.Rows(table).Select(r => string.Join("|", key.Select(k => r[k]))).ToList();
        keys.Should().OnlyHaveUniqueItems();
        keys.Should().NotContain(k => key.Count == 1 && k.Length == 0);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_foreign_key_resolves(string table)
    {
        var schema = PublishedPackage.Resource(table).GetProperty("schema");
        if (!schema.TryGetProperty("foreignKeys", out var foreignKeys))
        {
            return;
        }

        foreach (var foreignKey in foreignKeys.EnumerateArray())
        {
            var field = PublishedPackage.Strings(foreignKey.GetProperty("fields")).Single();
            var reference = foreignKey.GetProperty("reference");
            var target = reference.GetProperty("resource").GetString()!;
            var targetField = PublishedPackage.Strings(reference.GetProperty("fields")).Single();
            var targets = PublishedPackage.Rows(target).Select(r => r[targetField]).ToHashSet(StringComparer.Ordinal);
            PublishedPackage.Rows(table).Select(r => r[field]).Where(v => v.Length > 0)
                .Should().OnlyContain(v => targets.Contains(v), $"{table}.{field} references {target}.{targetField}");
        }
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_fact_row_cites_at_least_one_existing_source_and_a_shipped_grade(string table)
    {
        var sourceIds = PublishedPackage.Rows("sources").Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);
        var rows = PublishedPackage.Rows(table);
        if (table is "sources" or "entities")
        {
            rows.Should().OnlyContain(r => !r.ContainsKey("source_ids"), "the sources and the registry of IDs are not facts");
            return;
        }

        if (table is "citations")
        {
            rows.Should().OnlyContain(r => sourceIds.Contains(r["source_id"]) && r["quote"].Trim().Length > 0, "a citation is a source of a fact and the words it is cited for");
            return;
        }

        foreach (var row in rows)
        {
            var cited = row["source_ids"].Split(';');
            cited.Should().NotBeEmpty().And.OnlyContain(id => sourceIds.Contains(id), $"{table} row {string.Join(",", row.Values)}");
            row["grade"].Should().BeOneOf("A", "B");
            if (row.TryGetValue("claim_source_ids", out var claimed) && claimed.Length > 0)
            {
                claimed.Split(';').Should().OnlyContain(id => sourceIds.Contains(id));
            }
        }
    }

    [Fact]
    public void Every_source_address_of_the_built_in_edition_is_an_absolute_web_address()
    {
        // The reader does not parse the built-in edition's addresses (to keep Uri off the start-up path); this does.
        foreach (var source in CentralAsiaData.Default.Sources)
        {
            Uri.TryCreate(source.AddressText, UriKind.Absolute, out var address).Should().BeTrue(source.Id);
            address!.Scheme.Should().BeOneOf(["http", "https"], source.Id);
            source.Address.Should().Be(address);
        }
    }

    [Fact]
    public void A_loaded_package_with_a_relative_source_address_is_refused()
    {
        var broken = new Support.PackageBytes().Replace("sources.csv", "https://unstats.un.org/unsd/methodology/m49/", "unsd/m49");
        FluentActions.Invoking(() => CentralAsiaData.Load(broken.AsFiles())).Should().Throw<Validation.DataPackageException>()
            .Which.Problems.Should().Contain(p => p.Message.Contains("unsd/m49"));
        FluentActions.Invoking(() => new Sourcing.Source("S", "t", "p", [], new Uri("relative", UriKind.Relative))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_registered_entity_is_defined_in_exactly_one_typed_table_and_vice_versa()
    {
        var typed = new[] { ("strategies", "id"), ("pillars", "id"), ("initiatives", "id"), ("documents", "id"), ("states", "alpha3"), ("places", "id"), ("organisations", "id"), ("events", "id"), ("reviews", "id") }
            .SelectMany(t => PublishedPackage.Rows(t.Item1).Select(r => r[t.Item2])).ToList();
        typed.Should().OnlyHaveUniqueItems();
        typed.Should().BeEquivalentTo(PublishedPackage.Rows("entities").Select(r => r["id"]));
    }

    [Fact]
    public void The_model_holds_every_row_of_the_package()
    {
        Data.Sources.Should().HaveCount(PublishedPackage.Rows("sources").Count);
        Data.States.Should().HaveCount(PublishedPackage.Rows("states").Count);
        Data.Organisations.Should().HaveCount(PublishedPackage.Rows("organisations").Count);
        Data.Places.Should().HaveCount(PublishedPackage.Rows("places").Count);
        Data.Timeline.Should().HaveCount(PublishedPackage.Rows("events").Count);
        Data.Participations.Should().HaveCount(PublishedPackage.Rows("participations").Count + PublishedPackage.Rows("memberships").Count, "the memberships are roles too");
        Data.Errata.Should().HaveCount(PublishedPackage.Rows("errata").Count);
        var entities = PublishedPackage.Rows("entities").Select(r => Data.Entities.Get(r["id"])).ToList();
        entities.SelectMany(e => e.Names).Should().HaveCount(PublishedPackage.Rows("names").Count);
        entities.SelectMany(e => e.Milestones).Should().HaveCount(PublishedPackage.Rows("milestones").Count);
        entities.SelectMany(e => e.Statements).Should().HaveCount(PublishedPackage.Rows("statements").Count);
        Data.Timeline.SelectMany(e => e.Claims).Should().HaveCount(PublishedPackage.Rows("event-claims").Count);
        Data.Timeline.SelectMany(e => e.PillarCoverage).Should().HaveCount(PublishedPackage.Rows("event-pillars").Count);
    }

    [Fact]
    public void The_counts_the_seed_states_hold()
    {
        Data.Pillars.Should().HaveCount(4);
        Data.States.Where(s => s.SubRegion.Code == "143").Should().HaveCount(5);
        Data.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Adopted, Data.Plans.Get("JPOA-2011").AdoptedOn.First).Should().HaveCount(4);
        Data.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Observer, Data.Plans.Get("JPOA-2011").AdoptedOn.First).Should().ContainSingle().Which.Alpha3.Should().Be("UZB");
        Data.Timeline.Where(e => e.Kind == EventKind.ExpertMeeting).Select(e => e.Ordinal).Should().Equal(1, 2, 3);
        Data.Participations.WithRole(Role.DeclarationSupporter).Select(p => p.Participant).OfType<State>()
            .Count(s => s.SubRegion.Code != "143").Should().Be(10);
    }

    [Fact]
    public void Adopters_and_observers_are_Central_Asian_states_and_none_is_both()
    {
        var adopters = Data.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Adopted, Data.Plans.Get("JPOA-2011").AdoptedOn.First);
        var observers = Data.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Observer, Data.Plans.Get("JPOA-2011").AdoptedOn.First);
        adopters.Concat(observers).Should().OnlyContain(s => s.SubRegion.Code == "143");
        adopters.Intersect(observers).Should().BeEmpty();
        Data.Plans.Get("JPOA-2011").RolesIn.Where(p => p.Role is Role.Adopter or Role.Observer)
            .GroupBy(p => p.Participant.Id).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void Events_are_in_chronological_order_from_2010_to_2026()
    {
        Data.Timeline.Select(e => e.Date.First).Should().BeInAscendingOrder();
        Data.Timeline.Should().OnlyContain(e => e.Date.First >= new LocalDate(2010, 1, 1) && e.Date.Last <= new LocalDate(2026, 12, 31));
        Data.Timeline.Where(e => e.Kind != EventKind.Launch).Select(e => e.Kind).Should().Equal(
            EventKind.ExpertMeeting, EventKind.ExpertMeeting, EventKind.ExpertMeeting, EventKind.HighLevelMeeting,
            EventKind.Consultation,
            EventKind.Workshop, EventKind.Workshop, EventKind.Workshop, EventKind.Workshop, EventKind.Workshop, EventKind.HighLevelMeeting,
            EventKind.CoordinationMeeting, EventKind.Training, EventKind.CoordinationMeeting, EventKind.Training,
            EventKind.HighLevelMeeting, EventKind.Conference,
            EventKind.Consultation, EventKind.Consultation, EventKind.Consultation, EventKind.Consultation, EventKind.Consultation,
            EventKind.Conference, EventKind.Conference, EventKind.Conference,
            EventKind.Briefing, EventKind.Workshop, EventKind.Training, EventKind.Conference);
        Data.Timeline.OfKind(EventKind.Consultation).Where(e => e.Scope == EventScope.National).Select(e => e.Place!.State.Id)
            .Should().Equal("TJK", "KGZ", "KAZ", "UZB", "TKM");
        Data.Strategy.Reviews.Select(r => r.Ordinal).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
        Data.Strategy.Reviews.Where(r => r.AdoptedOn is not null).Select(r => r.AdoptedOn!.First).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Every_dated_claim_agrees_with_the_date_taken()
    {
        var claims = Data.Timeline.SelectMany(e => e.Claims.Where(c => c.Date is not null).Select(c => (Event: e, Claim: c))).ToList();
        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(x => x.Claim.Date!.AgreesWith(x.Event.Date), "a day-level date must fall inside the month a source gives");
    }

    [Fact]
    public void Every_erratum_names_the_claim_and_the_value_taken_with_evidence()
    {
        // E16 is the register's (history.md) for a claim whose page is not stored, so it is not shipped.
        Data.Errata.Select(e => e.Id).Distinct().Should().BeEquivalentTo(Enumerable.Range(1, 24).Where(i => i != 16).Select(i => $"E{i}"));
        Data.Errata.Should().OnlyContain(e => e.Claim.Length > 0 && e.Taken.Length > 0 && e.Evidence.Length > 0 && !e.Provenance.Sources.IsEmpty);
        Data.Errata.Should().OnlyContain(e => Exists(e.EntityId));
    }

    [Fact]
    public void Codes_are_well_formed_and_numeric_equals_M49_for_these_states()
    {
        Data.States.Should().OnlyContain(s =>
            s.Alpha2.Length == 2 && s.Alpha3.Length == 3 && s.Numeric.Length == 3 && s.Numeric.All(char.IsAsciiDigit)
            && s.Alpha2.All(char.IsAsciiLetterUpper) && s.Alpha3.All(char.IsAsciiLetterUpper) && s.Numeric == s.M49);
        Data.States.Select(s => s.Alpha2).Should().OnlyHaveUniqueItems();
        Data.States.Select(s => s.Numeric).Should().OnlyHaveUniqueItems();
    }

    private static bool Exists(string entityId) => Data.Entities.TryGet(entityId, out _);

    [Fact]
    public void No_entity_has_two_official_names_in_force_in_one_language()
    {
        foreach (var entity in PublishedPackage.Rows("entities").Select(r => Data.Entities.Get(r["id"])))
        {
            entity.Names.Where(n => n.Kind == Naming.NameKind.Official && n.ValidTo is null).GroupBy(n => n.Language)
                .ShouldAllSatisfy(g => g.Count() == 1, entity.Id);
        }
    }
}
