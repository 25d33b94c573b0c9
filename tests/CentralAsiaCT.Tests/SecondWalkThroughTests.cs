using System.Text.RegularExpressions;
using System.Globalization;
using System.Xml.Linq;
using System.IO;
using System.Text.Json;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>The second newcomer walk-through (2026-12-05): each finding as it was seen, now as a test.</summary>
public sealed class SecondWalkThroughTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static readonly string[][] Commands =
    [
        ["overview"], ["states"], ["states", "--on", "2015-01-01"], ["status", "UZ", "--on", "2023-01-01"], ["plans"], ["reviews"], ["phases"],
        ["events"], ["events", "--lang", "ru"], ["organisations", "--lang", "fr"], ["find", "Kazakstan"], ["sources", "DECL-2017"], ["sources", "Kirghizistan"],
        ["errata"], ["diff", Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "1.1.0")], ["validate", Repository.InRoot("tests", "CentralAsiaCT.Tests", "Editions", "1.1.0")],
    ];

    public static TheoryData<string> CommandLines() => [.. Commands.Select(c => string.Join('\u001F', c))];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void D9_in_a_terminal_every_command_fits_its_width(string commandLine)
    {
        var args = commandLine.Split('\u001F');
        foreach (var width in new[] { 80, 120 })
        {
            var (_, output) = Run(args, width);
            output.Should().NotBeEmpty();
            // N11: an address wider than its column is kept whole, so that it can be copied: only its line may overflow.
            output.Split('\n').Where(l => new StringInfo(l).LengthInTextElements > width && !Regex.IsMatch(l, @"https?://\S{" + (width / 2) + ",}"))
                .Should().BeEmpty($"`centralasia-ct {string.Join(' ', args)}` in {width} columns");
        }
    }

    [Fact]
    public void D9_redirected_or_wide_output_keeps_whole_cells()
    {
        var (_, redirected) = Run(["sources", "DECL-2017"], width: null);
        var (_, wide) = Run(["sources", "DECL-2017", "--wide"], width: 80);
        wide.Should().Be(redirected);
        redirected.Split('\n').Max(l => l.Length).Should().BeGreaterThan(500, "every cell whole, on one line");
        redirected.Should().Contain("Ministers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan adopted a joint declaration");
    }

    [Fact]
    public void D13_the_EUs_Russian_name_is_shown_where_it_is_the_only_one()
    {
        Data.Entities.Get("EU").GetName("ru").Should().Match<Name>(n => n.Text == "Европейский союз" && n.Kind == NameKind.Alias);
        Data.Reports.OrganisationsTable("ru").Rows.First(r => r.Cells[0] == "EU").Cells[1].Should().Be("Европейский союз");
        Data.Pillars.Get(PillarNumber.I).TryGetName("ru", out _).Should().BeFalse("never another language's name, nor an acronym");
        Data.Entities.Get("UNRCCA").GetName("en").Kind.Should().Be(NameKind.Official, "an official name is always taken first");
    }

    [Fact]
    public void D14_a_list_is_a_JSON_array_and_a_semicolon_list_in_CSV_in_every_table()
    {
        using var plans = JsonDocument.Parse(Data.Reports.PlansTable().ToJson());
        var update = plans.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "JPOA-2022");
        update.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).Should().Equal("KAZ", "KGZ", "TJK", "TKM", "UZB");
        update.GetProperty("observers").ValueKind.Should().Be(JsonValueKind.Array);
        update.GetProperty("observers").GetArrayLength().Should().Be(0, "no observer: an empty list, not \"\"");

        using var events = JsonDocument.Parse(Data.Reports.TimelineTable().ToJson());
        events.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EM1")
            .GetProperty("pillars").EnumerateArray().Select(p => p.GetString()).Should().Equal("I", "IV");
        Data.Reports.TimelineTable().ToCsv().Should().Contain(",EM1,").And.Contain(",I;IV,");
        Data.Reports.PlansTable().ToCsv().Should().Contain(",KAZ;KGZ;TJK;TKM;UZB,");

        // Every list field of every table: an array in JSON.
        foreach (var table in new[] { Data.Reports.PlansTable(), Data.Reports.PhasesTable(), Data.Reports.TimelineTable(), Data.Reports.ErrataTable(), Data.Reports.SourcesTable() })
        {
            table.ListFields.Should().NotBeEmpty(table.Title);
            using var json = JsonDocument.Parse(table.ToJson());
            foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
            {
                table.ListFields.Should().OnlyContain(f => row.GetProperty(f).ValueKind == JsonValueKind.Array, table.Title);
            }
        }

        Data.Reports.PlansTable().ToMarkdown().Should().Contain("| KAZ, KGZ, TJK, TKM, UZB |", "people read a comma");
    }

    [Fact]
    public void D8_events_say_what_each_event_is_and_where_even_without_a_name_in_that_language()
    {
        var (_, french) = Run(["events", "--lang", "fr", "--wide"], width: 200);
        french.Should().Contain("[coordination meeting 1]").And.Contain("ISTANBUL").And.Contain("(no fr name)");
        var (_, csv) = Run(["events", "-f", "csv"], width: null);
        csv.Split('\n')[0].Should().StartWith("date,date_precision,id,kind,name,place_id,place,pillars,");
        csv.Should().Contain(",CONF-2022,conference,,TASHKENT,Tashkent,");
        Data.Timeline.Get("HLD-2017").Kind.Should().Be(EventKind.HighLevelMeeting);
        Reporting.FactTable.TimelineOf([Data.Timeline.Get("HLD-2017")], "fr", labelUnnamed: true).Rows[0].Cells[4].Should().Be("[high-level meeting]", "D19: one spelling of the kind");
    }

    [Fact]
    public void D16_no_line_of_the_picture_strikes_a_label_and_every_label_stays_inside()
    {
        var svg = System.Xml.Linq.XDocument.Parse(Data.Reports.TimelineToSvg());
        XNamespace ns = "http://www.w3.org/2000/svg";
        foreach (var panel in svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "panel"))
        {
            // Every leader line is drawn before the first event, so that no later line lies over an earlier label.
            var children = panel.Elements().ToList();
            var leaders = children.FindIndex(e => (string?)e.Attribute("class") == "leaders");
            var firstEvent = children.FindIndex(e => ((string?)e.Attribute("class") ?? string.Empty).StartsWith("event", StringComparison.Ordinal));
            leaders.Should().BeGreaterThan(-1).And.BeLessThan(firstEvent);
            panel.Elements(ns + "g").Where(e => ((string?)e.Attribute("class") ?? string.Empty).StartsWith("event", StringComparison.Ordinal))
                .Select(e => e.Element(ns + "text")!).Should().OnlyContain(t => (string?)t.Attribute("paint-order") == "stroke");
        }

        var width = double.Parse((string)svg.Root!.Attribute("width")!, CultureInfo.InvariantCulture);
        foreach (var text in svg.Descendants(ns + "text").Where(t => t.Parent?.Attribute("id") is not null))
        {
            var x = double.Parse((string)text.Attribute("x")!, CultureInfo.InvariantCulture);
            var estimate = text.Value.Length * 6.3;
            var (from, to) = (string?)text.Attribute("text-anchor") == "end" ? (x - estimate, x) : (x, x + estimate);
            from.Should().BeGreaterThanOrEqualTo(0, text.Value);
            to.Should().BeLessThanOrEqualTo(width, text.Value);
        }

        svg.Descendants(ns + "text").Should().Contain(t => t.Value.Contains("adopted JPOA-2022, DECL-2022", StringComparison.Ordinal), "the update of the plan is on the picture");
    }

    [Fact]
    public void D17_the_report_has_a_declarations_table_and_keeps_dates_whole()
    {
        var html = Data.Reports.ToHtml();
        html.Should().Contain("<caption>Declarations</caption>").And.Contain("td.code,td a{white-space:nowrap}");
        html.Should().Contain("<td class=\"code\">2022-03-03/2022-03-04</td>");
        var declarations = Data.Reports.DeclarationsTable();
        declarations.Rows.Select(r => r.Cells[0]).Should().Equal("DECL-2011", "DECL-2017", "DECL-2022");
        declarations.Rows[2].Cells[2].Should().Be("2022-03-03", "the declaration's own day");
        var (code, output) = Run(["declarations", "-f", "csv"], width: null);
        code.Should().Be(ToolCommands.Found);
        output.Should().Contain("DECL-2022,Tashkent Declaration,2022-03-03,CONF-2022,Tashkent,,KAZ;KGZ;TJK;TKM;UZB,");
    }

    [Fact]
    public void D21_an_entity_card_shows_its_roles_errata_and_no_empty_table()
    {
        var uzbekistan = Data.States.Get("UZ").ToMarkdown();
        uzbekistan.Should().Contain("**Roles**").And.Contain("| UZB | observer | JPOA-2011 |").And.Contain("| UZB | adopter | JPOA-2022 |");
        var dushanbe = Data.Entities.Get("EM2").ToMarkdown();
        dushanbe.Should().Contain("| E1 | EM2 |").And.Contain("| E10 | EM2 |").And.Contain("co-sponsor");
        Data.Strategy.Reviews[2].ToMarkdown().Should().NotContain("**Names**", "review 3 has no name: no empty table");
        var statement = Data.Initiatives[0].Statements.First();
        statement.ToString().Should().StartWith($"{statement.EntityId} ").And.NotContain("Statement {");
    }

    [Fact]
    public void D19_help_hints_and_options_say_what_they_mean()
    {
        using var error = new StringWriter();
        ToolCommands.Run(["states", "--lang", "xx"], Data, new StringWriter(), error).Should().Be(ToolCommands.BadInput);
        error.ToString().Should().EndWith("Try 'centralasia-ct states --help'.\n");

        // --lang is refused where no name is shown, never accepted and ignored.
        foreach (var command in new[] { "errata", "reviews" })
        {
            ToolCommands.Run([command, "--lang", "fr"], Data, new StringWriter(), new StringWriter()).Should().Be(ToolCommands.BadInput, command);
        }

        using var help = new StringWriter();
        ToolCommands.Run(["states", "--help"], Data, help, new StringWriter());
        help.ToString().Should().Contain("--on <yyyy-MM-dd>").And.NotContain("--on <on>");

        var file = Path.GetTempFileName();
        try
        {
            using var refused = new StringWriter();
            ToolCommands.Run(["export", "--format", "csv", "--out", file], Data, new StringWriter(), refused).Should().Be(ToolCommands.BadInput);
            refused.ToString().Should().Contain("is a file: give a folder").And.NotContain("already exists");
        }
        finally
        {
            File.Delete(file);
        }

        var (_, overview) = Run(["overview"], width: null);
        overview.Should().Contain("States and JPOA-2022 (Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia, adopted 2022-03-03, updating JPOA-2011)").And.NotContain("(no English name in the data)");
    }

    [Fact]
    public void D22_a_failed_lookup_says_what_the_text_may_have_meant()
    {
        FluentActions.Invoking(() => Data.States.Get("Kazakstan")).Should().Throw<KeyNotFoundException>()
            .WithMessage("No state of the data set has the name or code 'Kazakstan'. Did you mean KAZ (Kazakhstan)?*");
        FluentActions.Invoking(() => Data.Organisations.Get("zzzz")).Should().Throw<KeyNotFoundException>().WithMessage("*'zzzz'. Search(text) lists*");
    }

    private static (int Code, string Output) Run(string[] args, int? width)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, Data, output, error, width);
        return (code, output.ToString());
    }
}
