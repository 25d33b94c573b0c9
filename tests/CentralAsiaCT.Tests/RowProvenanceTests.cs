using System.IO;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Sourcing;
using NodaTime;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Tests;

/// <summary>
/// An analyst copies an answer with its grade into a report: every row that a table, a card, a view or the command line
/// shows carries the sources of every fact it shows and the weakest grade among them. Each expectation here names,
/// from the model, the facts a row shows, column by column.
/// </summary>
public sealed class RowProvenanceTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ru")]
    public void A_states_row_rests_on_the_state_its_name_and_its_role_towards_each_plan(string language)
    {
        var table = Data.Reports.StatesTable(language);
        for (var i = 0; i < Data.States.Count; i++)
        {
            var state = Data.States[i];
            ShouldRestOn(table.Rows[i], [state.Provenance, NameOf(state, language), .. Data.Plans.Select(p => p.RoleOn(state, p.AdoptedOn.First)?.Provenance)], state.Id);
        }
    }

    [Fact]
    public void A_plans_row_rests_on_the_plan_its_name_date_meeting_place_and_every_party_and_observer()
    {
        var table = Data.Reports.PlansTable();
        for (var i = 0; i < Data.Plans.Count; i++)
        {
            var plan = Data.Plans[i];
            ShouldRestOn(
                table.Rows[i],
                [plan.Provenance, NameOf(plan, "en"), plan.AdoptionDate.Provenance, plan.AdoptedAt.Provenance, NameOf(plan.AdoptedAt.Place, "en"),
                    .. plan.Parties.Concat(plan.Observers).Select(s => plan.RoleOn(s, plan.AdoptedOn.First)!.Provenance)],
                plan.Id);
        }

        // D4: the 2022 party list rests on one secondary source, and the row says so.
        var update = table.Rows.Single(r => r.Cells[0] == "JPOA-2022");
        update.Provenance!.Grade.Should().Be(Grade.B);
        update.Provenance.Sources.Select(s => s.Id).Should().Contain("S-UNIPATH-UZ");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_timeline_row_rests_on_the_event_its_name_its_place_name_and_each_pillar_it_covered(string language)
    {
        var table = Data.Reports.TimelineTable(language);
        for (var i = 0; i < Data.Timeline.Count; i++)
        {
            var e = Data.Timeline[i];
            ShouldRestOn(table.Rows[i], [e.Provenance, NameOf(e, language), NameOf(e.Place, language), .. e.PillarCoverage.Select(c => c.Provenance)], e.Id);
        }

        // D4: the Dushanbe meeting's pillar II cites event_pillars.csv's sources, not only the meeting's.
        var dushanbe = table.Rows.Single(r => r.Cells[2] == "EM2");
        dushanbe.Provenance!.Sources.Select(s => s.Id).Should().Contain(Data.Timeline.Get("EM2").PillarCoverage.Single().Provenance.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_phases_row_rests_on_the_phase_its_name_launch_closing_funders_implementers_and_events()
    {
        var table = Data.Reports.PhasesTable();
        for (var i = 0; i < Data.Initiatives.Count; i++)
        {
            var phase = Data.Initiatives[i];
            ShouldRestOn(
                table.Rows[i],
                [phase.Provenance, NameOf(phase, "en"), phase.Launch?.Provenance, phase.Closing?.Provenance,
                    .. phase.RolesIn.Where(r => r.Role is Role.Funder or Role.Implementer).Select(r => r.Provenance),
                    .. phase.Events.Select(e => e.Provenance)],
                phase.Id);
        }
    }

    [Fact]
    public void An_organisations_row_rests_on_the_organisation_its_name_and_the_role_shown()
    {
        var rows = Data.Reports.OrganisationsTable().Rows;
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var organisation = Data.Organisations.Get(row.Cells[0]!);
            var role = row.Cells[3] is null ? null : organisation.RolesTaken.Single(r => Vocabulary(r.Role) == row.Cells[3] && r.Target.Id == row.Cells[4]);
            ShouldRestOn(row, [organisation.Provenance, NameOf(organisation, "en"), role?.Provenance], $"{organisation.Id} {row.Cells[3]} {row.Cells[4]}");
        }
    }

    [Fact]
    public void A_reviews_row_and_an_entity_list_row_rest_on_their_own_facts()
    {
        var reviews = Data.Reports.ReviewsTable().Rows;
        for (var i = 0; i < reviews.Length; i++)
        {
            ShouldRestOn(reviews[i], [Data.Strategy.Reviews[i].Provenance], Data.Strategy.Reviews[i].Id);
        }

        var list = FactTable.ListOf(Data.Organisations, "ru").Rows;
        for (var i = 0; i < list.Length; i++)
        {
            ShouldRestOn(list[i], [Data.Organisations[i].Provenance, NameOf(Data.Organisations[i], "ru")], Data.Organisations[i].Id);
        }
    }

    [Theory]
    [InlineData("2015-01-01")]
    [InlineData("2023-01-01")]
    public void An_answer_on_a_day_rests_on_the_role_or_the_state_and_on_the_adoption_of_the_plan_in_force_then(string dayText)
    {
        var day = LocalDate.FromDateTime(DateTime.Parse(dayText, System.Globalization.CultureInfo.InvariantCulture));
        var plan = Data.Plans.InForceOn(day);
        plan.Should().NotBeNull();
        var table = Data.Reports.StatesTableOn(Data.States, day);
        table.Columns.Should().NotContain(Data.Plans.Where(p => p != plan).Select(p => p.Id), "D5: only the plan in force that day");
        for (var i = 0; i < Data.States.Count; i++)
        {
            var state = Data.States[i];
            var status = Data.Plans.StatusOn(state, day)!;
            var expected = new[] { plan!.RoleOn(state, day)?.Provenance ?? state.Provenance, plan.AdoptionDate.Provenance };
            status.Provenance.Sources.Should().BeEquivalentTo(expected.SelectMany(p => p.Sources).Distinct());
            status.Provenance.Grade.Should().Be(expected.Max(p => p.Grade));
            status.HoldsOn(day).Should().BeTrue();
            ShouldRestOn(table.Rows[i], [state.Provenance, NameOf(state, "en"), .. expected], state.Id);
        }
    }

    [Fact]
    public void The_command_lines_status_shows_the_sources_and_grade_of_the_answer_for_every_state()
    {
        foreach (var state in Data.States)
        {
            foreach (var day in new[] { new LocalDate(2015, 1, 1), new LocalDate(2023, 1, 1) })
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                ToolCommands.Run(["status", state.Alpha3, "--on", day.ToString("uuuu-MM-dd", null), "-f", "csv"], Data, output, error).Should().Be(ToolCommands.Found);
                using var reader = CsvDataReader.Create(new StringReader(output.ToString()));
                reader.Read().Should().BeTrue();
                var status = Data.Plans.StatusOn(state, day)!;
                reader.GetString(reader.GetOrdinal("source_ids")).Should().Be(status.Provenance.SourceIds, $"{state.Id} on {day}");
                reader.GetString(reader.GetOrdinal("grade")).Should().Be(status.Provenance.Grade.ToString());
            }
        }
    }

    [Fact]
    public void The_flat_views_rows_rest_on_every_name_place_and_pillar_they_show()
    {
        var views = FlatViews.Views(Data).ToDictionary(v => v.Name, v => v.Table);
        for (var i = 0; i < Data.States.Count; i++)
        {
            var state = Data.States[i];
            ShouldRestOn(views["states"].Rows[i], [state.Provenance, NameOf(state, "en"), NameOf(state, "fr"), NameOf(state, "ru"), .. Data.Plans.Select(p => p.RoleOn(state, p.AdoptedOn.First)?.Provenance)], state.Id);
        }

        for (var i = 0; i < Data.Timeline.Count; i++)
        {
            var e = Data.Timeline[i];
            ShouldRestOn(views["timeline"].Rows[i], [e.Provenance, e.Place?.Provenance, NameOf(e, "en"), NameOf(e.Place, "en"), .. e.PillarCoverage.Select(c => c.Provenance)], e.Id);
        }
    }

    [Fact]
    public void An_entity_cards_absent_value_has_no_sources_and_a_present_one_the_sources_of_that_value()
    {
        IEnumerable<Entity> entities = [Data.Strategy, .. Data.Pillars, .. Data.Initiatives, .. Data.Plans, .. Data.Documents.Declarations, .. Data.Strategy.Reviews,
            .. Data.Timeline, .. Data.States, .. Data.Organisations, .. Data.Places];
        var rows = entities.SelectMany(e => EntityCard.Tables(e)[0].Rows.Select(r => (Entity: e, Row: r))).ToList();
        rows.Where(x => x.Row.Cells[1] is null).Should().NotBeEmpty().And.OnlyContain(x => x.Row.Provenance == null, "D4: an absent value rests on no source");
        rows.Where(x => x.Row.Cells[1] is not null).Should().OnlyContain(x => x.Row.Provenance != null);

        var pillars = EntityCard.Tables(Data.Entities.Get("EM2"))[0].Rows.Single(r => r.Cells[0] == "Pillars");
        ShouldRestOn(pillars, [.. Data.Timeline.Get("EM2").PillarCoverage.Select(c => c.Provenance)], "EM2's pillars");
        var update = Data.Plans.Get("JPOA-2022");
        var adopted = EntityCard.Tables(update)[0].Rows.Single(r => r.Cells[0]!.StartsWith("Adopted on", StringComparison.Ordinal));
        adopted.Cells[1].Should().Be("2022-03-03");
        ShouldRestOn(adopted, [update.AdoptionDate.Provenance], "the plan's own date");
    }

    private static Provenance? NameOf(Entity? entity, string language) =>
        entity is not null && entity.TryGetName(language, out var name) ? name.Provenance : null;

    private static string Vocabulary(Role role) => CentralAsiaCT.Building.Vocabulary.Word(role);

    private static void ShouldRestOn(FactRow row, Provenance?[] facts, string because)
    {
        var shown = facts.Where(f => f is not null).Select(f => f!).ToList();
        row.Provenance.Should().NotBeNull(because);
        row.Provenance!.Sources.Select(s => s.Id).Should().BeEquivalentTo(shown.SelectMany(f => f.Sources).Select(s => s.Id).Distinct(), because);
        row.Provenance.Grade.Should().Be(shown.Max(f => f.Grade), because);
    }
}
