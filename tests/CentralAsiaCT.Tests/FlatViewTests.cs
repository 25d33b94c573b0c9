using System.IO;
using System.Text.Json;
using CentralAsiaCT.Reporting;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Tests;

/// <summary>
/// The flat views, read back as a pandas or R user reads them (a CSV reader, no .NET types): each question the README
/// answers from one view in one line gives the API's answer.
/// </summary>
public sealed class FlatViewTests : IDisposable
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-views-" + Guid.NewGuid().ToString("N"));

    public FlatViewTests() => Data.Export(_folder, ExportFormat.Views);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<Dictionary<string, string>> Read(string view)
    {
        using var csv = CsvDataReader.Create(Path.Combine(_folder, view + ".csv"));
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).ToDictionary(csv.GetName, csv.GetString));
        }

        return rows;
    }

    [Fact]
    public void Who_adopted_each_plan_is_one_filter_of_the_states_view()
    {
        var states = Read("states");
        foreach (var plan in Data.Plans)
        {
            var column = "status_" + plan.Id.ToLowerInvariant().Replace('-', '_');
            states.Where(r => r[column] == "adopted").Select(r => r["alpha3"]).Should().Equal(plan.Parties.Select(s => s.Alpha3), plan.Id);
            states.Where(r => r[column] == "observer").Select(r => r["alpha3"]).Should().Equal(plan.Observers.Select(s => s.Alpha3), plan.Id);
        }

        // The README's pandas and R lines print these names.
        states.Where(r => r["status_jpoa_2011"] == "adopted").Select(r => r["name_en"]).Should().Equal("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan");
    }

    [Fact]
    public void The_states_view_gives_each_name_in_three_languages_and_absent_where_the_data_has_none()
    {
        var states = Read("states");
        states.Should().HaveCount(Data.States.Count);
        foreach (var row in states)
        {
            var state = Data.States.Get(row["alpha3"]);
            foreach (var language in new[] { "en", "fr", "ru" })
            {
                row["name_" + language].Should().Be(state.TryGetName(language, out var name) ? name.Text : string.Empty);
            }

            row["source_ids"].Should().NotBeEmpty();
            row["grade"].Should().BeOneOf("A", "B");
        }
    }

    [Fact]
    public void The_timeline_view_has_every_event_with_its_first_and_last_possible_day_place_pillars_and_phase()
    {
        var timeline = Read("timeline");
        timeline.Select(r => r["id"]).Should().Equal(Data.Timeline.Select(e => e.Id));
        foreach (var row in timeline)
        {
            var e = Data.Timeline.Get(row["id"]);
            row["first_day"].Should().Be(e.Date.First.ToString("uuuu-MM-dd", null));
            row["last_day"].Should().Be(e.Date.Last.ToString("uuuu-MM-dd", null));
            row["place_state"].Should().Be(e.Place?.State.Alpha3 ?? string.Empty);
            row["pillars"].Should().Be(string.Join(";", e.Pillars.Select(p => p.Number.ToString())));
            row["phase_id"].Should().Be(e.Initiative?.Id ?? string.Empty);
            row["name_en"].Should().Be(e.TryGetName("en", out var name) ? name.Text : string.Empty, "a label is never put where a name goes");
            row["label"].Should().NotBeEmpty();
        }

        timeline.Single(r => r["id"] == "EM2").Should().Match<Dictionary<string, string>>(r => r["label"] == "expert meeting 2" && r["name_en"] == string.Empty);
    }

    [Fact]
    public void The_organisations_and_reviews_views_hold_the_roles_and_votes_of_the_API()
    {
        Read("organisations").Select(r => (r["id"], r["role"], r["target_id"])).Where(r => r.Item2.Length > 0)
            .Should().BeEquivalentTo(Data.Participations.Where(p => p.Participant is Organisation).Select(p => (p.Participant.Id, Vocabulary(p.Role), p.Target.Id)));
        var reviews = Read("reviews");
        reviews.Select(r => r["symbol"]).Should().Equal(Data.Strategy.Reviews.Select(r => r.Symbol ?? string.Empty));
        var ninth = reviews.Single(r => r["ordinal"] == "9");
        (ninth["in_favour"], ninth["against"], ninth["abstaining"]).Should().Be(("140", "3", "1"));
    }

    [Fact]
    public void The_views_form_a_data_package_whose_schemas_match_their_files()
    {
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "datapackage.json")));
        var root = descriptor.RootElement;
        root.GetProperty("name").GetString().Should().Be("centralasiact-views");
        root.GetProperty("version").GetString().Should().Be(Data.Version);
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        resources.Select(r => r.GetProperty("path").GetString()).Should().Equal("states.csv", "timeline.csv", "organisations.csv", "memberships.csv", "reviews.csv", "sources.csv");
        foreach (var resource in resources)
        {
            var header = File.ReadLines(Path.Combine(_folder, resource.GetProperty("path").GetString()!)).First().Split(',');
            resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal(header);
        }

        var timelineFields = resources[1].GetProperty("schema").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        timelineFields["label"].GetProperty("description").GetString().Should().Contain("never a name");
        timelineFields["first_day"].GetProperty("type").GetString().Should().Be("date");
        timelineFields["source_ids"].GetProperty("delimiter").GetString().Should().Be(";");
    }

    private static string Vocabulary(Role role) => role switch
    {
        Role.DeclarationSupporter => "declaration-supporter",
        Role.CoSponsor => "co-sponsor",
        _ => string.Concat(role.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };
}
