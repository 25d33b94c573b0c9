using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Tests.Support;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Tests;

public sealed class ReportingTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A loaded edition whose name of Kazakhstan is hostile to every output format.
    private static readonly Lazy<CentralAsiaData> Hostile = new(() => CentralAsiaData.Load(new PackageBytes()
        .Replace("names.csv", "KAZ,en,short,Kazakhstan,", "KAZ,en,short,\"<script>alert('x')</script> A & B | *C* [d](e)\r\nF\",")
        .AsFiles()));

    private const string HostileName = "<script>alert('x')</script> A & B | *C* [d](e)\r\nF";

    [Fact]
    public void States_table_gives_each_state_its_status_and_the_sources_of_that_status()
    {
        var table = Data.Reports.StatesTable();
        table.Columns.Should().Equal("Alpha-3", "Alpha-2", "Name", "JPOA-2011", "JPOA-2022");
        table.Fields.Should().Equal("alpha3", "alpha2", "name", "status_jpoa_2011", "status_jpoa_2022");
        table.Rows.Should().HaveCount(Data.States.Count);
        var byCode = table.Rows.ToDictionary(r => r.Cells[0]!);
        byCode["KAZ"].Cells.Should().Equal("KAZ", "KZ", "Kazakhstan", "adopted", "adopted");
        byCode["UZB"].Cells.Skip(3).Should().Equal("observer", "adopted");
        byCode["UZB"].Provenance!.Grade.Should().Be(Sourcing.Grade.B, "the 2022 party list rests on one secondary source");
        byCode["NOR"].Cells.Skip(3).Should().Equal("none", "none");
        byCode["TKM"].Provenance!.Sources.Select(s => s.Id).Should().Contain("S-UNRCCA-JPOA").And.Contain("S-UNIPATH-UZ");
        Data.Reports.StatesTable("fr").Rows.Single(r => r.Cells[0] == "UZB").Cells[2].Should().Be("Ouzbékistan");
        Data.Reports.StatesTableOf(Data.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Observer, Data.Plans.Get("JPOA-2011").AdoptedOn.First)).Rows.Select(r => r.Cells[0]).Should().Equal("UZB");
    }

    [Fact]
    public void A_name_the_data_does_not_hold_is_absent_in_every_format_never_guessed()
    {
        // The data holds no English name of the second expert meeting (only the seed's French title).
        var table = Data.Reports.TimelineTable();
        var em2 = table.Rows.Single(r => r.Cells[2] == "EM2");
        em2.Cells[3].Should().Be("expert-meeting", "D8: the kind says what an unnamed event is");
        em2.Cells[4].Should().BeNull();
        em2.Cells[6].Should().Be("Dushanbe");
        table.ToMarkdown().Should().Contain("| EM2 | expert-meeting | \u2014 | DUSHANBE | Dushanbe |");
        table.ToHtml().Should().Contain("<td>EM2</td><td>expert-meeting</td><td class=\"absent\">\u2014</td><td>DUSHANBE</td><td>Dushanbe</td>");
        table.ToHtml().Should().Contain("<td class=\"code\">2011-03-29/2011-03-30</td>", "D17: a date never breaks at its hyphens");
        table.ToCsv().Should().Contain("2011-03-29/2011-03-30,day-range,EM2,expert-meeting,,DUSHANBE,Dushanbe,II,");
        using var json = JsonDocument.Parse(table.ToJson());
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EM2");
        row.GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("source_ids").EnumerateArray().Select(s => s.GetString()).Should().Contain("S-UNRCCA-CT-UNOWAS");

        Data.Reports.TimelineTable("fr").Rows.Single(r => r.Cells[2] == "EM2").Cells[4].Should().Be("Deuxième réunion d'experts sur l'application du pilier II");
    }

    [Fact]
    public void A_language_without_names_leaves_names_absent_and_null_throws()
    {
        Data.Reports.StatesTable("xx").Rows.Should().OnlyContain(r => r.Cells[2] == null);
        FluentActions.Invoking(() => Data.Reports.StatesTable(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Reports.ToMarkdown(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FactTable.ListOf(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FactTable.ListOf(new Entity[] { null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Organisations_table_has_one_row_per_role_each_with_its_own_sources()
    {
        var table = Data.Reports.OrganisationsTable();
        table.Rows.Where(r => r.Cells[3] != null).Should().HaveCount(Data.Participations.Count(p => p.Participant is Organisation));
        var funders = Data.Participations.Where(p => p.Role == Role.Funder).ToList();
        funders.Should().NotBeEmpty();
        foreach (var organisation in Data.Organisations)
        {
            table.Rows.Should().Contain(r => r.Cells[0] == organisation.Id);
        }

        var eu = table.Rows.Where(r => r.Cells[0] == "EU" && r.Cells[3] == "funder" && r.Cells[4] == "CA-INITIATIVE").Should().ContainSingle().Subject;
        eu.Provenance!.Sources.Should().NotBeEmpty();
    }

    [Fact]
    public void Errata_and_sources_tables_list_every_erratum_and_source()
    {
        var errata = Data.Reports.ErrataTable();
        errata.Rows.Select(r => r.Cells[0]).Should().Equal(Data.Errata.Select(e => e.Id));
        var e1 = errata.Rows.First(r => r.Cells[0] == "E1");
        e1.Cells.Should().StartWith(["E1", "EM2", "pillars", "pilier III (body of the page)", "S-SEED-FR", "PILLAR-II"]);
        Data.Reports.SourcesTable().Rows.Select(r => r.Cells[0]).Should().Equal(Data.Sources.Select(s => s.Id));
        Data.Reports.SourcesTable().Rows.Should().OnlyContain(r => r.Provenance == null && Uri.IsWellFormedUriString(r.Cells[5], UriKind.Absolute));
    }

    [Fact]
    public void Html_encodes_every_text_so_a_hostile_name_cannot_break_the_page()
    {
        var html = Hostile.Value.Reports.StatesTable().ToHtml();
        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; A &amp; B");

        // The fragment is well-formed: the hostile name sits in exactly one cell of the KAZ row.
        var table = XElement.Parse(html);
        var kaz = table.Descendants("tr").Single(tr => (string?)tr.Elements("td").FirstOrDefault() == "KAZ");
        // An XML parser reads a line break as LF whatever it was written as; nothing else of the name changed.
        ((string)kaz.Elements("td").ElementAt(2)).Should().Be(HostileName.Replace("\r\n", "\n", StringComparison.Ordinal));
        kaz.Elements("td").Should().HaveCount(7);

        var page = Hostile.Value.Reports.ToHtml();
        page.Should().NotContain("<script").And.StartWith("<!DOCTYPE html>");
        Hostile.Value.States.Get("KAZ").ToHtml().Should().NotContain("<script");
        XElement.Parse(Hostile.Value.States.Get("KAZ").ToHtml()).Descendants("table").Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Only_web_addresses_become_links()
    {
        var scripted = CentralAsiaData.Load(new PackageBytes()
            .Replace("sources.csv", "https://unstats.un.org/unsd/methodology/m49/", "javascript:alert(1)")
            .AsFiles());
        var html = scripted.Reports.StatesTable().ToHtml();
        html.Should().NotContain("javascript:").And.Contain("<span title=\"Standard country or area codes");
        Data.Reports.StatesTable().ToHtml().Should().Contain("<a href=\"https://unstats.un.org/unsd/methodology/m49/\"");
    }

    [Fact]
    public void Markdown_escapes_markup_so_a_hostile_name_stays_in_its_cell()
    {
        var markdown = Hostile.Value.Reports.StatesTable().ToMarkdown();
        var lines = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();

        // Every line of the table has the same number of cell separators: the name's "|" and line break did not split it.
        lines.Select(UnescapedPipes).Distinct().Should().ContainSingle().Which.Should().Be(8);
        markdown.Should().Contain(@"\<script\>alert('x')\</script\> A \& B \| \*C\* \[d\](e) F");
    }

    [Fact]
    public void Csv_and_json_round_trip_through_standard_readers()
    {
        var table = Hostile.Value.Reports.StatesTable();
        using var csv = CsvDataReader.Create(new StringReader(table.ToCsv()));
        Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).Should().Equal("alpha3", "alpha2", "name", "status_jpoa_2011", "status_jpoa_2022", "source_ids", "grade");
        var names = new List<string>();
        while (csv.Read())
        {
            names.Add(csv.GetString(2));
        }

        names.Should().HaveCount(Data.States.Count).And.Contain(HostileName);

        using var json = JsonDocument.Parse(table.ToJson());
        json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Contain(HostileName);
    }

    [Fact]
    public void Timeline_picture_draws_every_event_with_its_precision_and_sources()
    {
        var svg = XDocument.Parse(Data.Reports.TimelineToSvg());
        var events = svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("event", StringComparison.Ordinal) == true).ToList();
        events.Select(g => (string?)g.Attribute("id")).Should().Equal(Data.Timeline.Select(e => e.Id));

        foreach (var (g, e) in events.Zip(Data.Timeline))
        {
            ((string)g.Element(Svg + "title")!).Should().Contain(e.Provenance.SourceIds);
            var label = (string)g.Element(Svg + "text")!;
            // A place with no English name (Astana: only Russian sources name it) is labelled by its ID.
            label.Should().Contain(e.Place is null ? "place not known" : e.Place.TryGetName("en", out var name) ? name.Text : e.Place.Id);
            foreach (var pillar in e.Pillars)
            {
                label.Should().Contain(pillar.Number.ToString());
            }
        }

        // The launch is known to the month: a hatched bar as wide as its month, about 30 of the 456 days drawn.
        static XElement Bar(XElement g) => g.Elements(Svg + "rect").Single(r => r.Attribute("class") is null);
        var launch = Bar(events.Single(g => (string?)g.Attribute("id") == "LAUNCH-2010"));
        ((string)launch.Attribute("fill")!).Should().Be("url(#month-precision)");
        var em1 = Bar(events.Single(g => (string?)g.Attribute("id") == "EM1"));
        ((string)em1.Attribute("fill")!).Should().NotStartWith("url(");
        double Width(XElement rect) => double.Parse((string)rect.Attribute("width")!, CultureInfo.InvariantCulture);
        Width(launch).Should().BeGreaterThan(Width(em1) * 10);

        // The seed's month-level claim about Dushanbe (March 2011) is drawn as a dashed month-wide outline behind the bar.
        var em2 = events.Single(g => (string?)g.Attribute("id") == "EM2");
        var claim = em2.Elements(Svg + "rect").Single(r => ((string?)r.Attribute("class"))?.StartsWith("claim", StringComparison.Ordinal) == true);
        ((string)claim.Element(Svg + "title")!).Should().Be("S-SEED-FR says 2011-03 (known to the month)");
        Width(claim).Should().BeGreaterThan(Width(Bar(em2)) * 10);
        // The seed gives the high-level meeting both "November 2011" and "30 November 2011": only the first differs from
        // the date taken, so only it is outlined.
        events.Single(g => (string?)g.Attribute("id") == "HLM-2011").Elements(Svg + "rect").Where(r => r.Attribute("class") is not null)
            .Select(r => (string)r.Element(Svg + "title")!).Should().Equal("S-SEED-FR says 2011-11 (known to the month)");

        XDocument.Parse(Hostile.Value.Reports.TimelineToSvg()).Root!.Name.Should().Be(Svg + "svg");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Every_rendering_is_the_same_under_any_culture(string culture)
    {
        var invariant = Render();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Render().Should().Equal(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        static string[] Render() =>
        [
            Data.Reports.ToMarkdown(), Data.Reports.ToHtml("fr"), Data.Reports.TimelineToSvg(), Data.Reports.StatesTable().ToCsv(), Data.Reports.ErrataTable().ToJson(),
            Data.Entities.Get("EM1").ToMarkdown(),
        ];
    }

    [Fact]
    public void The_markdown_report_holds_every_table_of_the_edition()
    {
        var report = Data.Reports.ToMarkdown();
        report.Should().StartWith("# " + Data.Title);
        foreach (var title in new[] { FactTable.TimelineOf(Data.Timeline.ToImmutableArray(), "en", labelUnnamed: true), Data.Reports.StatesTable(), Data.Reports.OrganisationsTable(), Data.Reports.ErrataTable(), Data.Reports.SourcesTable() })
        {
            report.Should().Contain(title.ToMarkdown());
        }
    }

    [Fact]
    public void The_reports_give_every_unnamed_event_its_label_marked_as_a_label_and_programs_keep_the_name_absent()
    {
        // Found looking at the report: three of the first five events showed a dash in the Event column.
        var unnamed = Data.Timeline.Where(e => !e.TryGetName("en", out _)).ToList();
        unnamed.Select(e => e.Id).Should().Contain(["LAUNCH-2010", "EM2", "EM3"]);
        Data.Reports.ToMarkdown().Should().MatchRegex(@"\| EM2 \| expert-meeting \| \\?\[expert meeting 2\\?\] \| DUSHANBE \| Dushanbe \|").And.NotContain("| EM2 | expert-meeting | \u2014 |");
        Data.Reports.ToHtml().Should().Contain("<td>EM2</td><td>expert-meeting</td><td>[expert meeting 2]</td><td>DUSHANBE</td><td>Dushanbe</td>");
        Data.Reports.ToHtml().Should().Contain("<td>EM3</td><td>expert-meeting</td><td>[expert meeting 3]</td>").And.Contain("<td class=\"code\">LAUNCH-2010</td><td>launch</td><td>[launch]</td>")
            .And.Contain("has no name in any source: that is a label");
        Data.Reports.TimelineTable().Rows.Single(r => r.Cells[2] == "EM2").Cells[4].Should().BeNull("tables for programs leave an absent name absent");
    }

    [Fact]
    public void The_HTML_report_carries_its_own_stylesheet_with_aligned_numbers_zebra_rows_and_a_print_layout()
    {
        var html = Data.Reports.ToHtml();
        html.Should().Contain("<style>").And.Contain("td.num{text-align:right").And.Contain("tr:nth-child(even)").And.Contain("@media print");
        html.Should().NotContainAny("<script", "<link", "@import", "url(http");
        html.Should().Contain("<td class=\"num\">9</td><td class=\"absent\">");
    }

    [Fact]
    public void The_timeline_picture_has_a_title_and_a_legend_for_every_mark_it_draws()
    {
        var svg = XDocument.Parse(Data.Reports.TimelineToSvg());
        var legend = svg.Root!.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        var texts = legend.Elements(Svg + "text").Select(t => t.Value).ToList();
        texts[0].Should().Be("Timeline of the Strategy's reviews and of the Central Asia project");
        texts.Should().Contain(["date known to the day", "known to the month only", "another date a source gives (not taken)"]);
        texts.Should().Contain(t => t.StartsWith("review, grade A", StringComparison.Ordinal)).And.Contain(t => t.StartsWith("review, grade B", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("[expert meeting 2]: a label", StringComparison.Ordinal));
        legend.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")).Should().Contain(["#1f4e8c", "url(#month-precision)", "none"]);
        svg.Descendants(Svg + "text").Should().Contain(t => t.Value.Contains("[expert meeting 2]", StringComparison.Ordinal));
    }

    [Fact]
    public void Entity_cards_show_the_facts_names_and_milestones_with_sources()
    {
        var card = Data.States.Get("KZ").ToMarkdown();
        card.Should().StartWith("### State KAZ: Kazakhstan");
        card.Should().Contain("| Казахстан | ru | short | \u2014 | \u2014 | S-UNSD-M49 | A |");
        card.Should().Contain("| KAZ | member | UN | 1992-03-02 | \u2014 |");
        var em1 = Data.Entities.Get("EM1").ToMarkdown();
        em1.Should().Contain("| Pillars | I, IV |").And.Contain("| Precision | day-range |");

        var list = FactTable.ListOf(Data.Places, "fr");
        list.Rows.Select(r => r.Cells[0]).Should().Equal(Data.Places.Select(p => p.Id));
        list.Rows.Single(r => r.Cells[0] == "DUSHANBE").Cells.Should().Equal("DUSHANBE", "Place", "Douchanbé");
    }

    [Fact]
    public void Exports_write_the_data_package_one_json_document_and_the_reports()
    {
        var folder = Path.Combine(Path.GetTempPath(), "centralasiact-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            Data.Export(folder, ExportFormat.DataPackage).Should().HaveCount(PublishedPackage.Resources.Count() + 1);
            CentralAsiaData.Load(folder).HasSameDataAs(Data).Should().BeTrue();

            var json = Data.Export(folder, ExportFormat.Json).Should().ContainSingle().Subject;
            using (var document = JsonDocument.Parse(File.ReadAllBytes(json)))
            {
                var root = document.RootElement;
                root.GetProperty("version").GetString().Should().Be(Data.Version);
                var resources = root.GetProperty("resources");
                foreach (var resource in PublishedPackage.Resources)
                {
                    var name = resource.GetProperty("name").GetString()!;
                    resources.GetProperty(name).GetArrayLength().Should().Be(PublishedPackage.Tables[name].Rows.Length, name);
                }

                var em1 = resources.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "EM1");
                em1.GetProperty("ordinal").GetInt32().Should().Be(1);
                em1.GetProperty("source_ids").EnumerateArray().Select(s => s.GetString()).Should().Equal("S-UNRCCA-EM1", "S-UNIS-393");
                var launch = resources.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "LAUNCH-2010");
                launch.GetProperty("ordinal").ValueKind.Should().Be(JsonValueKind.Null);
            }

            File.ReadAllText(Data.Export(folder, ExportFormat.Markdown).Single(), Encoding.UTF8).Should().Be(Data.Reports.ToMarkdown());
            File.ReadAllText(Data.Export(folder, ExportFormat.Html).Single(), Encoding.UTF8).Should().Be(Data.Reports.ToHtml());
            File.ReadAllText(Data.Export(folder, ExportFormat.TimelineSvg).Single(), Encoding.UTF8).Should().Be(Data.Reports.TimelineToSvg());
            FluentActions.Invoking(() => Data.Export(folder, (ExportFormat)99)).Should().Throw<ArgumentOutOfRangeException>();
            FluentActions.Invoking(() => Data.Reports.WriteJson(null!)).Should().Throw<ArgumentNullException>();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_timeline_picture_in_the_repository_is_what_the_library_draws()
    {
        var path = Path.Combine(Repository.Root, "src", "docs", "centralasiact-timeline.svg");
        File.ReadAllText(path, Encoding.UTF8).Should().Be(
            Data.Reports.TimelineToSvg(),
            "src/docs/centralasiact-timeline.svg is regenerated with: dotnet run --project src/CentralAsiaCT.Cli -- export --format svg --out src/docs");
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
