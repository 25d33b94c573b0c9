using CentralAsiaCT.Cli;
using CentralAsiaCT.Sourcing;
using CentralAsiaCT.Tests.Support;
using CsCheck;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>Standing in time (issue 31): the states' memberships of the organisations, read from
/// <c>memberships.csv</c>, answered by the one function that also answers the plans' statuses.</summary>
public sealed class StandingTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;
    private static readonly State Uzbekistan = Data.States.Get("UZB");
    private static readonly Organisation Csto = Data.Organisations.Get("CSTO");

    [Fact]
    public void Uzbekistans_history_in_the_CSTO_is_joined_left_rejoined_and_suspended_with_the_year_it_left_uncertain()
    {
        var history = Uzbekistan.StandingsTowards(Csto);

        history.Select(s => (s.Kind, s.Role, s.From, s.Until)).Should().Equal(
            (StandingKind.NotHeld, (Role?)null, (LocalDate?)null, new LocalDate(1992, 5, 14)),
            (StandingKind.Held, Role.Member, new LocalDate(1992, 5, 15), new LocalDate(1999, 1, 1)),
            (StandingKind.Uncertain, null, new LocalDate(1999, 1, 2), new LocalDate(1999, 12, 31)),
            (StandingKind.NotHeld, null, new LocalDate(2000, 1, 1), new LocalDate(2006, 8, 15)),
            (StandingKind.Held, Role.Member, new LocalDate(2006, 8, 16), new LocalDate(2012, 12, 19)),
            (StandingKind.NotHeld, null, new LocalDate(2012, 12, 20), null));
        history.Should().OnlyContain(s => s.Participant == Uzbekistan && s.Target == Csto && s.Provenance.Grade == Grade.A);
        history[4].Provenance.SourceIds.Should().Contain("S-TASS-2012-12-19", "the suspension's day is the CSTO summit's, as TASS reports it");
    }

    [Fact]
    public void A_day_is_answered_by_the_stretch_that_holds_it()
    {
        Uzbekistan.StandingTowards(Csto, new LocalDate(1995, 6, 1)).Role.Should().Be(Role.Member);
        Uzbekistan.StandingTowards(Csto, new LocalDate(1999, 6, 1)).Kind.Should().Be(StandingKind.Uncertain, "the sources date the leaving to the year only");
        Uzbekistan.StandingTowards(Csto, new LocalDate(2015, 1, 1)).Kind.Should().Be(StandingKind.NotHeld);
        Data.States.Get("TKM").StandingTowards(Data.Organisations.Get("CIS"), new LocalDate(2010, 1, 1)).Role.Should().Be(Role.AssociateMember);
        Data.States.Get("TKM").StandingTowards(Data.Organisations.Get("CIS"), new LocalDate(2000, 1, 1)).Role.Should().Be(Role.ParticipatingState);
    }

    [Fact]
    public void A_roster_lists_who_held_a_standing_that_day_and_how_long_the_list_holds()
    {
        var roster = Csto.RosterOn(new LocalDate(2011, 1, 1));

        roster.Participants.Select(p => p.Id).Should().Equal("KAZ", "KGZ", "TJK", "UZB");
        (roster.From, roster.Until).Should().Be((new LocalDate(2006, 8, 16), new LocalDate(2012, 12, 19)));
        roster.Uncertain.Should().BeEmpty();
        Csto.RosterOn(new LocalDate(1999, 6, 1)).Uncertain.Select(s => s.Participant.Id).Should().Equal("UZB");
        Csto.RosterOn(new LocalDate(2020, 1, 1)).Participants.Select(p => p.Id).Should().Equal("KAZ", "KGZ", "TJK");
        Csto.RosterOn(new LocalDate(2011, 1, 1)).Should().Be(roster, "two rosters of the same target and day are equal");
    }

    [Fact]
    public void Every_day_of_an_answer_has_the_same_answer()
    {
        // The From and Until an answer gives are a promise: any day between them is answered alike.
        var organisations = Data.Organisations.Where(o => o.RolesIn.Any(p => p.Role is Role.Member or Role.Partner or Role.ParticipatingState)).ToArray();
        Gen.Select(Gen.Int[0, Data.States.Count - 1], Gen.Int[0, organisations.Length - 1], Gen.Int[LocalDateToDays(1985), LocalDateToDays(2030)]).Sample((s, o, days) =>
        {
            var state = Data.States.ElementAt(s);
            var day = new LocalDate(1970, 1, 1).PlusDays(days);
            var answer = state.StandingTowards(organisations[o], day);
            answer.HoldsOn(day).Should().BeTrue();
            foreach (var other in new[] { answer.From, answer.Until }.OfType<LocalDate>())
            {
                state.StandingTowards(organisations[o], other).Should().Be(answer);
            }

            var roster = organisations[o].RosterOn(day);
            roster.Held.Select(h => h.Participant).Contains(state).Should().Be(answer.Kind == StandingKind.Held);
        }, iter: 300);
    }

    [Fact]
    public void A_plans_status_is_the_same_function_of_standing_in_time()
    {
        foreach (var day in new[] { new LocalDate(2015, 1, 1), new LocalDate(2023, 1, 1) })
        {
            var status = Data.Plans.StatusOn(Uzbekistan, day)!;
            var standing = Uzbekistan.StandingTowards(status.Plan, day);
            (status.From, status.Until).Should().Be((standing.From ?? status.From, status.Until));
            status.Provenance.SourceIds.Should().Contain(standing.Provenance.Citations.Select(c => c.Source.Id).First());
        }

        Uzbekistan.StandingsOn(new LocalDate(2026, 1, 1)).Where(s => s.Target is Organisation && s.Kind == StandingKind.Held).Select(s => s.Target.Id)
            .Should().Equal("CIS", "SCO", "OSCE", "OIC", "NATO", "UN");
    }

    [Fact]
    public void The_memberships_table_keeps_the_precision_of_its_dates_and_filters_on_a_state_or_an_organisation()
    {
        var all = Data.Reports.MembershipsTable();
        all.Rows.Should().HaveCount(36);
        all.Rows.Should().Contain(r => r.Cells.SequenceEqual(new[] { "UZB", "Uzbekistan", "CSTO", "member", "1992-05-15", "1999", "left" }));
        all.Rows.Should().Contain(r => r.Cells[0] == "KAZ" && r.Cells[2] == "NATO" && r.Cells[4] == "1992", "NATO's partnership is known to the year");

        var ofUzbekistan = Data.Reports.MembershipsTable(Uzbekistan);
        ofUzbekistan.Rows.Should().OnlyContain(r => r.Cells[0] == "UZB").And.HaveCount(9);
        ofUzbekistan.Title.Should().Be("The standing of UZB in the organisations");
        Data.Reports.MembershipsTable(Csto).Rows.Should().OnlyContain(r => r.Cells[2] == "CSTO").And.HaveCount(5);
        FluentActions.Invoking(() => Data.Reports.MembershipsTable(Data.States.Get("KAZ"), null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("members", "CSTO", "UZB,Uzbekistan,CSTO,member,2006-08-16,2012-12-19,suspended,")]
    [InlineData("members", "ОДКБ", "KGZ,Kyrgyzstan,CSTO,member,1992-05-15,,,")]
    [InlineData("memberships", "Ouzbékistan", "UZB,Uzbekistan,OIC,observer,1995-10,1996-10-01,changed-standing,")]
    public void The_tool_answers_members_and_memberships_by_any_name(string command, string name, string row)
    {
        var (code, output, _) = Run(command, name, "--format", "csv");

        code.Should().Be(ToolCommands.Found);
        output.Split('\n').Should().Contain(l => l.StartsWith(row, StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_answers_for_one_day_and_refuses_what_it_cannot_find()
    {
        var (code, output, _) = Run("members", "CSTO", "--on", "2011-01-01", "--format", "csv");
        code.Should().Be(ToolCommands.Found);
        output.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Should().Equal("KAZ", "KGZ", "TJK", "UZB");

        var (missing, _, error) = Run("members", "Warsaw Pact");
        missing.Should().Be(ToolCommands.NothingFound);
        error.Should().Contain("No organisation of the data is called \"Warsaw Pact\"");

        var (bad, _, badDay) = Run("memberships", "UZ", "--on", "2011-13-01");
        bad.Should().Be(ToolCommands.BadInput);
        badDay.Should().Contain("2011-13-01");
    }

    [Fact]
    public void Answers_are_values_that_refuse_what_the_library_never_answers()
    {
        // Issue 33: two equal answers built apart were unequal (array identity); a provenance with no source and a
        // status that ends before it starts could be built by anyone.
        var day = new LocalDate(2015, 1, 1);
        Data.Plans.StatusOn(Uzbekistan, day).Should().Be(Data.Plans.StatusOn(Uzbekistan, day));
        Data.Plans.StatusOn(Uzbekistan, day)!.GetHashCode().Should().Be(Data.Plans.StatusOn(Uzbekistan, day)!.GetHashCode());
        new Provenance([Data.Sources.Get("S-SEED-FR")], Grade.A).Should().Be(new Provenance([Data.Sources.Get("S-SEED-FR")], Grade.A));
        FluentActions.Invoking(() => new Provenance([], Grade.A)).Should().Throw<ArgumentException>();
        typeof(PlanStatus).GetConstructors().Should().BeEmpty("only the library answers");
    }

    private static int LocalDateToDays(int year) => Period.Between(new LocalDate(1970, 1, 1), new LocalDate(year, 1, 1), PeriodUnits.Days).Days;

    private static (int Code, string Output, string Error) Run(params string[] args) => Tool.Run(args);
}
