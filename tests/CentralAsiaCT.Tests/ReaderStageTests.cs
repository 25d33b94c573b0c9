using System.Threading.Tasks;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Tests;

/// <summary>The reader reads each kind of entity when a question first needs it: whichever question comes first, and
/// from however many threads, the edition is one graph (an entity that two stages refer to is one instance).</summary>
public sealed class ReaderStageTests
{
    private static readonly Dictionary<string, Func<CentralAsiaData, object>> FirstQuestions = new()
    {
        ["states"] = d => d.States,
        ["plans"] = d => d.Plans,
        ["parties"] = d => d.Plans[0].Parties,
        ["timeline"] = d => d.Timeline,
        ["places"] = d => d.Places,
        ["organisations"] = d => d.Organisations,
        ["strategy"] = d => d.Strategy.Reviews,
        ["initiatives"] = d => d.Initiatives[0].Documents,
        ["declarations"] = d => d.Documents.Declarations,
        ["participations"] = d => d.Participations,
        ["errata"] = d => d.Errata,
        ["names"] = d => d.States[0].Names,
        ["lookup"] = d => d.Entities.TryGet("JPOA-2022", out _),
    };

    public static TheoryData<string> Questions() => new(FirstQuestions.Keys);

    [Theory]
    [MemberData(nameof(Questions))]
    public void Any_first_question_gives_one_graph(string first)
    {
        var data = DataSetReader.Read(BuiltInPackage.ReadTables());
        _ = FirstQuestions[first](data);
        ShouldBeOneGraph(data);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Every_entity_is_listed_in_the_order_of_the_entities_table_whichever_question_came_first(string first)
    {
        var tables = BuiltInPackage.ReadTables();
        var data = DataSetReader.Read(tables);
        _ = FirstQuestions[first](data);
        var registered = tables["entities"];
        var ids = Enumerable.Range(0, registered.RowCount).Select(i => registered.Cell(i, registered.IndexOf("id")));
        data.Entities.Select(e => e.Id).Should().Equal(ids);
        data.Entities.Get("Kirghizistan").Id.Should().Be("KGZ");
    }

    [Fact]
    public void Every_facts_sources_read_when_asked_are_those_a_package_from_files_reads_with_the_fact()
    {
        var data = DataSetReader.Read(BuiltInPackage.ReadTables());
        var files = CentralAsiaData.Load(Support.Repository.Data);
        var compared = 0;
        foreach (var entity in data.Entities)
        {
            var loaded = files.Entities.Get(entity.Id);
            var facts = new[] { entity.Provenance }.Concat(entity.Names.Select(n => n.Provenance)).Concat(entity.RolesIn.Concat(entity.RolesTaken).Select(r => r.Provenance));
            var expected = new[] { loaded.Provenance }.Concat(loaded.Names.Select(n => n.Provenance)).Concat(loaded.RolesIn.Concat(loaded.RolesTaken).Select(r => r.Provenance));
            foreach (var (read, fromFiles) in facts.Zip(expected))
            {
                read.Sources.Select(s => s.Id).Should().Equal(fromFiles.Sources.Select(s => s.Id), $"the facts of {entity.Id}");
                read.Grade.Should().Be(fromFiles.Grade);
                read.Citations.Select(c => (c.Source.Id, c.Quote)).Should().Equal(fromFiles.Citations.Select(c => (c.Source.Id, c.Quote)));
                compared++;
            }
        }

        compared.Should().BeGreaterThan(data.Entities.Count * 2);
    }

    [Fact]
    public void Questions_asked_at_once_from_many_threads_give_one_graph()
    {
        for (var round = 0; round < 20; round++)
        {
            var data = DataSetReader.Read(BuiltInPackage.ReadTables());
            var questions = FirstQuestions.Values.ToArray();
            Parallel.For(0, questions.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => questions[(i + round) % questions.Length](data));
            ShouldBeOneGraph(data);
        }
    }

    [Fact]
    public void The_parties_of_the_plan_in_force_read_neither_the_other_roles_nor_the_quotes()
    {
        var tables = BuiltInPackage.ReadTables();
        var data = DataSetReader.Read(tables);
        var plan = data.Plans.InForceOn(new NodaTime.LocalDate(2026, 12, 2));
        plan!.Parties.Select(s => s.Alpha3).Should().Equal("KAZ", "KGZ", "TJK", "TKM", "UZB");
        tables.Decoded.Should().Contain(["participations", "states", "documents"]).And.NotContain(["citations", "organisations", "names", "errata"]);

        // Of the roles, only the plan's rows are decoded: the index of targets reads one cell a row (issue 34: every row
        // of both tables was decoded to size the list of roles read, 52 KB).
        tables["participations"].RowsDecoded.Should().Be(plan.RolesIn.Length).And.BeLessThan(tables["participations"].RowCount);
        tables["memberships"].RowsDecoded.Should().Be(0);

        // The quotes come when asked, and they are the ones a whole read gives.
        var quotes = plan.Parties[0].Provenance.Citations.Select(c => c.Quote).ToList();
        tables.Decoded.Should().NotContain(["event-claims", "event-pillars", "places", "initiatives", "strategies"]);
        tables.Decoded.Should().Contain("citations");
        var whole = DataSetReader.Read(BuiltInPackage.ReadTables());
        whole.Participations.ToImmutableArray();
        whole.Plans.Get(plan.Id).Parties[0].Provenance.Citations.Select(c => c.Quote).Should().Equal(quotes).And.NotBeEmpty();
    }

    [Fact]
    public void A_plan_read_alone_reads_its_meetings_date_from_the_meetings_row_and_the_meeting_when_asked()
    {
        // Issue 34: a plan's meeting and phase were resolved with the plan, which read the whole timeline (events, claims,
        // places, pillars, phases) on every first question about plans; the 2011 plan has no date of its own.
        var tables = BuiltInPackage.ReadTables();
        var data = DataSetReader.Read(tables);
        var plan2011 = data.Plans.Get("JPOA-2011");
        plan2011.AdoptionDate.IsMeetingDate.Should().BeTrue();
        plan2011.AdoptedOn.First.Should().Be(new NodaTime.LocalDate(2011, 11, 30));
        tables.Decoded.Should().NotContain(["event-claims", "event-pillars", "places", "initiatives", "strategies"]);
        tables["events"].RowsDecoded.Should().BeInRange(1, data.Documents.Count(d => d.AdoptionDate.IsMeetingDate), "a meeting's row alone gives its dates")
            .And.BeLessThan(tables["events"].RowCount);

        // Asked, the meeting and the phase are the timeline's own, and the date is the meeting's.
        var meeting = plan2011.AdoptedAt;
        data.Timeline.Should().ContainSingle(e => ReferenceEquals(e, meeting));
        plan2011.AdoptionDate.Should().Be(new DocumentAdoptionDate(meeting.Date, meeting.Provenance, IsMeetingDate: true));
        plan2011.Initiative.Should().BeSameAs(data.Initiatives.Single(i => i.Documents.Contains(plan2011)));
        plan2011.Initiative!.Events.Should().Contain(meeting);
    }

    [Fact]
    public void The_events_of_a_year_read_their_places_pillars_and_claims_when_asked_and_they_are_those_read_from_files()
    {
        // Issue 34: an event's place, pillars and claims were resolved with the timeline, which read every place and
        // state and the Strategy on every first question about events (162 KB; 105 KB without).
        var tables = BuiltInPackage.ReadTables();
        var data = DataSetReader.Read(tables);
        var year = new NodaTime.DateInterval(new NodaTime.LocalDate(2011, 1, 1), new NodaTime.LocalDate(2011, 12, 31));
        data.Timeline.Within(year).Select(e => e.Id).Should().Contain("HLM-2011");
        tables.Decoded.Should().Contain("events").And.NotContain(["places", "states", "strategies", "pillars", "event-pillars", "event-claims", "initiatives"]);

        var files = CentralAsiaData.Load(Support.Repository.Data);
        foreach (var e in data.Timeline)
        {
            var loaded = (Event)files.Entities.Get(e.Id);
            (e.Place?.Id).Should().Be(loaded.Place?.Id, e.Id);
            e.Pillars.Select(p => p.Number).Should().Equal(loaded.Pillars.Select(p => p.Number), e.Id);
            e.PillarCoverage.Select(c => (c.Pillar.Number, Cited(c.Provenance))).Should().Equal(loaded.PillarCoverage.Select(c => (c.Pillar.Number, Cited(c.Provenance))));
            e.Claims.Select(c => (c.Date, c.Place?.Id, c.Pillar?.Number, c.Evidence, Cited(c.Provenance)))
                .Should().Equal(loaded.Claims.Select(c => (c.Date, c.Place?.Id, c.Pillar?.Number, c.Evidence, Cited(c.Provenance))), e.Id);
        }

        data.Timeline.SelectMany(e => e.Claims).Should().NotBeEmpty();
        data.Timeline.SelectMany(e => e.Pillars).Should().NotBeEmpty();
        data.Timeline.Should().Contain(e => e.Place == null).And.Contain(e => e.Place != null);

        // Two editions' sources are two sets of records: a provenance is compared by its sources' IDs, grade and quotes.
        static string Cited(Sourcing.Provenance provenance) =>
            $"{provenance.Grade} {string.Join(" ", provenance.Citations.Select(c => $"{c.Source.Id}: {c.Quote}"))}";
    }

    [Fact]
    public void Quotes_given_to_a_copy_replace_those_still_to_be_read()
    {
        var data = DataSetReader.Read(BuiltInPackage.ReadTables());
        var unread = data.States.Get("KAZ").Provenance;
        var copy = unread with { Citations = [] };
        copy.Citations.Should().BeEmpty();
        unread.Citations.Should().NotBeEmpty();
        copy.Should().NotBe(unread);
    }

    [Fact]
    public void A_lookup_by_name_in_the_built_in_edition_reads_no_name_and_no_source()
    {
        // Issue 34: the folded keys are compiled with the tables, and a fact's sources are read when asked, so the first
        // lookup reads the states' rows and nothing else.
        var tables = BuiltInPackage.ReadTables();
        var data = DataSetReader.Read(tables);
        var kyrgyzstan = data.States.Get("Kirghizistan");
        kyrgyzstan.Alpha3.Should().Be("KGZ");
        tables.Decoded.Should().Contain("states").And.NotContain(["names", "sources", "milestones", "statements", "citations", "events", "participations"]);
        data.Reader.SourcesRead.Should().BeEmpty();
        var cited = kyrgyzstan.Provenance.Sources.Select(s => s.Id).ToList();
        cited.Should().NotBeEmpty();
        data.Reader.SourcesRead.Should().BeEquivalentTo(cited);

        // An entity's names read alone are those read after every other entity's, in the same order.
        var whole = DataSetReader.Read(BuiltInPackage.ReadTables());
        whole.Entities.Reverse().SelectMany(e => e.Names).Should().NotBeEmpty();
        foreach (var state in data.States)
        {
            state.Names.Select(n => (n.Text, n.Language, n.Kind)).Should().Equal(whole.States.Get(state.Id).Names.Select(n => (n.Text, n.Language, n.Kind)));
        }
    }

    [Fact]
    public void The_latest_review_reads_the_sources_its_facts_cite_and_no_other()
    {
        var data = DataSetReader.Read(BuiltInPackage.ReadTables());
        var review = data.Reviews[^1];
        var cited = data.Strategy.Reviews.Concat<Entity>(data.Strategy.Pillars).Append(data.Strategy)
            .SelectMany(e => e.Provenance.Sources).Select(s => s.Id).Distinct().ToList();
        data.Reader.SourcesRead.Should().BeEquivalentTo(cited).And.Contain(review.Provenance.Sources.Select(s => s.Id));

        // A source read alone is the instance, and the value, that the list of every source holds.
        var whole = DataSetReader.Read(BuiltInPackage.ReadTables());
        cited.Count.Should().BeLessThan(data.Sources.Count);
        foreach (var source in review.Provenance.Sources)
        {
            data.Sources.Get(source.Id).Should().BeSameAs(source);
            source.Should().BeEquivalentTo(whole.Sources.Get(source.Id));
        }
    }

    [Fact]
    public void A_built_in_cell_read_alone_is_the_cell_of_its_row_read_whole()
    {
        var alone = BuiltInPackage.ReadTables();
        var whole = BuiltInPackage.ReadTables();
        foreach (var name in BuiltInPackage.TableNames)
        {
            var table = alone[name];
            table.RowCount.Should().Be(whole[name].Rows.Length, name);
            for (var row = 0; row < table.RowCount; row++)
            {
                for (var column = 0; column < table.Columns.Length; column++)
                {
                    table.Cell(row, column).Should().Be(whole[name].Rows[row][column], "{0}, row {1}, column {2}", name, row, column);
                }
            }
        }
    }

    private static void ShouldBeOneGraph(CentralAsiaData data)
    {
        var entity = (string id) => data.Entities.TryGet(id, out var e) ? e : throw new KeyNotFoundException(id);
        foreach (var e in data.Timeline)
        {
            if (e.Place is { } place)
            {
                data.Places.Should().Contain(p => ReferenceEquals(p, place));
            }

            e.Pillars.All(p => data.Strategy.Pillars.Any(q => ReferenceEquals(p, q))).Should().BeTrue();
            e.Claims.All(c => (c.Place is null || data.Places.Any(p => ReferenceEquals(p, c.Place)))
                && (c.Pillar is null || data.Strategy.Pillars.Any(p => ReferenceEquals(p, c.Pillar)))).Should().BeTrue();
        }

        foreach (var plan in data.Plans)
        {
            data.Timeline.Should().Contain(e => ReferenceEquals(e, plan.AdoptedAt));
            plan.Parties.All(s => data.States.Any(t => ReferenceEquals(s, t))).Should().BeTrue();
            plan.Initiative.Should().Match<Initiative?>(i => i == null || data.Initiatives.Any(j => ReferenceEquals(i, j)));
        }

        foreach (var initiative in data.Initiatives)
        {
            initiative.Documents.All(d => data.Plans.Cast<Document>().Concat(data.Documents.Declarations).Any(x => ReferenceEquals(x, d))).Should().BeTrue();
            initiative.Events.All(e => data.Timeline.Any(t => ReferenceEquals(e, t))).Should().BeTrue();
        }

        foreach (var p in data.Participations)
        {
            ReferenceEquals(entity(p.Participant.Id), p.Participant).Should().BeTrue(p.Participant.Id);
            ReferenceEquals(entity(p.Target.Id), p.Target).Should().BeTrue(p.Target.Id);
            p.Target.RolesIn.Should().Contain(r => ReferenceEquals(r, p));
            p.Participant.RolesTaken.Should().Contain(r => ReferenceEquals(r, p));
        }

        data.Plans.Should().HaveCount(2);
        data.Timeline.Should().HaveCount(33);
        data.Participations.Should().HaveCount(177, "141 roles in events, phases, plans and declarations, and 36 memberships");
    }
}
