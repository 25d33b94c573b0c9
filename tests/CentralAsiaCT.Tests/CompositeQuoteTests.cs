using CentralAsiaCT.Sourcing;
using System.IO;
using System.Text.Json;
using CentralAsiaCT.Cli;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>An answer made of several facts (a status, a row of a table, a line of a card) gives the quoted words of
/// every source it names, as each of its facts does (issue 31: a combined provenance had lost every quote).</summary>
public sealed class CompositeQuoteTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static readonly LocalDate[] Days =
    [
        new(2011, 11, 30), new(2015, 1, 1), new(2022, 3, 3), new(2023, 1, 1), new(2026, 12, 7),
    ];

    internal static void EverySourceIsQuoted(Provenance provenance, string what)
    {
        provenance.Sources.Should().NotBeEmpty(what);
        foreach (var source in provenance.Sources)
        {
            provenance.Citations.Where(c => c.Source == source).Should().NotBeEmpty($"{what} names {source.Id}");
            provenance.QuoteOf(source).Should().NotBeNullOrWhiteSpace($"{what} names {source.Id}");
        }

        provenance.Citations.Select(c => c.Source).Should().OnlyContain(s => provenance.Sources.Contains(s), what);
    }

    [Fact]
    public void A_plan_status_quotes_the_role_and_the_plan_it_rests_on()
    {
        foreach (var state in Data.States)
        {
            foreach (var day in Days)
            {
                var status = Data.Plans.StatusOn(state, day)!;
                EverySourceIsQuoted(status.Provenance, $"the status of {state.Id} on {day}");
            }
        }

        var uzbekistan = Data.Plans.StatusOn(Data.States.Get("UZB"), new LocalDate(2023, 1, 1))!;
        uzbekistan.Provenance.QuoteOf(Data.Sources.Get("S-UNIPATH-UZ")).Should().Contain("Uzbekistan");
    }

    [Fact]
    public void Combining_keeps_each_fact_s_quotes_in_the_order_of_the_sources()
    {
        var role = Data.Plans.Get("JPOA-2011").RoleOn(Data.States.Get("UZB"), new NodaTime.LocalDate(2015, 1, 1))!.Provenance;
        var date = Data.Plans.Get("JPOA-2022").AdoptionDate.Provenance;
        var combined = Provenance.Combine([role, date]);
        combined.Citations.Should().Equal(role.Citations.Concat(date.Citations).Distinct());
        combined.Citations.Select(c => c.Source).Distinct().Should().Equal(combined.Sources);
    }

    [Fact]
    public void Every_row_of_every_report_table_quotes_its_sources()
    {
        var tables = new[]
        {
            Data.Reports.StatesTable("en"), Data.Reports.PlansTable("en"), Data.Reports.DeclarationsTable("en"),
            Data.Reports.ReviewsTable(), Data.Reports.PhasesTable("en"), Data.Reports.TimelineTable("en"),
            Data.Reports.OrganisationsTable("en"), Data.Reports.ErrataTable(),
            Data.Reports.StatesTableOn(Data.States, new LocalDate(2023, 1, 1), "en"),
        };
        foreach (var table in tables)
        {
            foreach (var row in table.Rows.Where(r => r.Provenance is not null))
            {
                EverySourceIsQuoted(row.Provenance!, $"a row of '{table.Title}' ({string.Join(", ", row.Cells)})");
            }
        }
    }

    [Fact]
    public void Every_standing_and_roster_quotes_what_it_rests_on()
    {
        foreach (var state in Data.States)
        {
            foreach (var organisation in Data.Organisations)
            {
                foreach (var standing in state.StandingsTowards(organisation))
                {
                    EverySourceIsQuoted(standing.Provenance, $"{state.Id} towards {organisation.Id}: {standing}");
                }
            }
        }

        foreach (var organisation in Data.Organisations)
        {
            foreach (var day in Days)
            {
                EverySourceIsQuoted(organisation.RosterOn(day).Provenance, $"the roster of {organisation.Id} on {day}");
            }
        }
    }

    [Fact]
    public void Every_row_of_every_entity_card_quotes_its_sources()
    {
        foreach (var entity in Data.Entities)
        {
            foreach (var table in Reporting.EntityCard.Tables(entity))
            {
                foreach (var row in table.Rows.Where(r => r.Provenance is not null))
                {
                    EverySourceIsQuoted(row.Provenance!, $"the card of {entity.Id}, '{table.Title}' ({string.Join(", ", row.Cells)})");
                }
            }
        }
    }

    public static TheoryData<string[]> QueryCommands() => new()
    {
        new[] { "states" }, new[] { "states", "--on", "2023-01-01" }, new[] { "status", "UZB", "--on", "2015-01-01" }, new[] { "plans" },
        new[] { "declarations" }, new[] { "reviews" }, new[] { "phases" }, new[] { "events" }, new[] { "organisations" },
        new[] { "members", "CSTO" }, new[] { "members", "CIS", "--on", "2005-08-26" }, new[] { "memberships", "UZB" },
        new[] { "memberships", "TKM", "--on", "2010-01-01" }, new[] { "find", "Uzbekistan" }, new[] { "errata" },
    };

    [Theory]
    [MemberData(nameof(QueryCommands))]
    public void The_command_line_gives_the_quote_of_every_source_of_every_row(string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ToolCommands.Run([.. command, "--format", "json"], Data, output, error).Should().Be(ToolCommands.Found, error.ToString());

        using var json = JsonDocument.Parse(output.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var quoted = row.GetProperty("quotes").EnumerateArray()
                .Where(q => q.GetProperty("quote").GetString()!.Trim().Length > 0)
                .Select(q => q.GetProperty("source_id").GetString()).ToHashSet();
            foreach (var source in row.GetProperty("source_ids").EnumerateArray().Select(s => s.GetString()))
            {
                quoted.Should().Contain(source, $"{string.Join(" ", command)} names {source} in {row}");
            }
        }
    }

    [Fact]
    public void The_table_for_people_gives_the_quotes_when_asked()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ToolCommands.Run(["status", "UZB", "--on", "2023-01-01", "--quotes"], Data, output, error).Should().Be(ToolCommands.Found);

        output.ToString().Should().Contain("S-UNIPATH-UZ").And.Contain(Data.Plans.StatusOn(Data.States.Get("UZB"), new LocalDate(2023, 1, 1))!.Provenance.QuoteOf(Data.Sources.Get("S-UNIPATH-UZ"))!);
    }
}
