using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Reporting;

/// <summary>
/// The flat, denormalised views of an edition for R, pandas and spreadsheets: one table per question, each row with
/// its sources and grade, written as a small data package of their own. They are built from the model, so they hold
/// exactly what the API answers; the normalised data package stays the source of truth.
/// </summary>
internal static class FlatViews
{
    /// <summary>The languages the views give names in, one column each.</summary>
    private static readonly ImmutableArray<string> Languages = ImmutableArray.Create("en", "fr", "ru");

    public const string PackageName = "centralasiact-views";

    public static ImmutableArray<string> Write(CentralAsiaData data, string directory)
    {
        Directory.CreateDirectory(directory);
        var views = Views(data);
        var written = ImmutableArray.CreateBuilder<string>(views.Length + 1);
        var descriptor = Path.GetFullPath(Path.Combine(directory, PackageDescriptor.FileName));
        File.WriteAllBytes(descriptor, Descriptor(data, views));
        written.Add(descriptor);
        foreach (var view in views)
        {
            var path = Path.GetFullPath(Path.Combine(directory, view.Name + ".csv"));
            File.WriteAllText(path, view.Table.ToCsv(), PackageWriter.Utf8);
            written.Add(path);
        }

        return written.MoveToImmutable();
    }

    public static ImmutableArray<FlatView> Views(CentralAsiaData data) => BuiltInViews(data).AddRange(
        // A kind added through the registry has the view its declaration gives, with no code of its own.
        data.Reader.Kinds.All.Where(static k => !k.Columns.IsEmpty).Select(k => new FlatView(k.Table, $"Every {k.Word}, with the columns its kind declares", data.Reports.KindTable(k.Word), ImmutableArray.Create("id"))));

    private static ImmutableArray<FlatView> BuiltInViews(CentralAsiaData data) => ImmutableArray.Create(
        new FlatView("states", "States: names in English, French and Russian, and the status towards each Joint Plan of Action", States(data), ImmutableArray.Create("alpha3")),
        new FlatView("timeline", "Timeline: every event with its date (and how precisely it is known), place, pillars and phase", Timeline(data), ImmutableArray.Create("id")),
        new FlatView("organisations", "Organisations and their roles: one row per role (or one row with no role)", Organisations(data), ImmutableArray<string>.Empty),
        new FlatView("memberships", "The states' standing in the organisations: one row per stretch, its bounds as precisely as the sources give them, and the days it is certainly held", Memberships(data), ImmutableArray<string>.Empty),
        new FlatView("reviews", "The Strategy's reviews by the General Assembly", Reviews(data), ImmutableArray.Create("ordinal")),
        new FlatView("sources", "The sources the other views cite by ID", data.Reports.SourcesTable(), ImmutableArray.Create("id")));

    private static FactTable States(CentralAsiaData data)
    {
        var byLanguage = data.Reports.StatesTable("en");
        var rows = ImmutableArray.CreateBuilder<FactRow>(data.States.Count);
        for (var i = 0; i < data.States.Count; i++)
        {
            var state = data.States[i];
            var cells = byLanguage.Rows[i].Cells;
            var facts = new RowFacts(byLanguage.Rows[i].Provenance!);
            rows.Add(byLanguage.Rows[i] with
            {
                // Alpha-3, Alpha-2, then the name in each language, then the status columns of the states table.
                Cells = cells.Take(2).Concat(Languages.Select(l => facts.Name(state, l))).Concat(cells.Skip(3)).ToImmutableArray(),
                Provenance = facts.Provenance,
            });
        }

        var fields = byLanguage.Fields.Take(2).Concat(Languages.Select(static l => "name_" + l)).Concat(byLanguage.Fields.Skip(3)).ToImmutableArray();
        return new FactTable(byLanguage.Title, fields, rows.MoveToImmutable()) { Fields = fields };
    }

    private static FactTable Timeline(CentralAsiaData data)
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>(data.Timeline.Count);
        foreach (var e in data.Timeline)
        {
            // The place's state is the place's own fact; a pillar's coverage has sources of its own.
            var facts = new RowFacts(e.Provenance).Add(e.Place?.Provenance);
            var name = facts.Name(e, "en");
            var placeName = e.Place is null ? null : facts.Name(e.Place, "en");
            foreach (var coverage in e.PillarCoverage)
            {
                facts.Add(coverage.Provenance);
            }

            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    e.Date.ToString(),
                    Vocabulary.Word(e.Date.Precision),
                    e.Date.First.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    e.Date.Last.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    e.Id,
                    Vocabulary.Word(e.Kind),
                    e.Ordinal?.ToString(CultureInfo.InvariantCulture),
                    name,
                    FactTable.EventLabel(e),
                    e.Place?.Id,
                    placeName,
                    e.Place?.State.Alpha3,
                    e.Pillars.IsEmpty ? null : string.Join(";", e.Pillars.Select(static p => p.Number.ToString())),
                    e.Initiative?.Id,
                    e.Scope is { } scope ? Vocabulary.Word(scope) : null),
                facts.Provenance));
        }

        var fields = ImmutableArray.Create("date", "date_precision", "first_day", "last_day", "id", "kind", "ordinal", "name_en", "label", "place_id", "place_en", "place_state", "pillars", "phase_id", "scope");
        return new FactTable("Timeline of the project", fields, rows.MoveToImmutable()) { Fields = fields };
    }

    private static FactTable Memberships(CentralAsiaData data)
    {
        var table = data.Reports.MembershipsTable(language: "en");
        var rows = ImmutableArray.CreateBuilder<FactRow>(table.Rows.Length);
        var i = 0;
        foreach (var p in data.Participations)
        {
            if (p.Participant is State && p.Target is Organisation && StandingHistory.IsStanding(p.Role))
            {
                // For a program: the first and last day the standing is certainly held (a start known to the year is
                // certain from the year's last day).
                var row = table.Rows[i++];
                rows.Add(row with { Cells = row.Cells.Add(Day(p.ValidFrom?.Last)).Add(Day(p.ValidTo?.First)) });
            }
        }

        var fields = table.Fields.Add("certainly_from").Add("certainly_until");
        return new FactTable(table.Title, fields, rows.MoveToImmutable()) { Fields = fields };
    }

    private static string? Day(NodaTime.LocalDate? day) => day is { } d ? Dating.IsoDateText.Format(d) : null;

    private static FactTable Organisations(CentralAsiaData data)
    {
        var table = data.Reports.OrganisationsTable("en");
        var fields = ImmutableArray.Create("id", "name_en", "name_fr", "name_ru", "kind", "role", "target_id");
        var rows = table.Rows.Select(row =>
        {
            var organisation = data.Organisations.Get(row.Cells[0]!);
            var facts = new RowFacts(row.Provenance!);
            return row with
            {
                Cells = ImmutableArray.Create(row.Cells[0]).AddRange(Languages.Select(l => facts.Name(organisation, l))).AddRange(row.Cells.Skip(2)),
                Provenance = facts.Provenance,
            };
        }).ToImmutableArray();
        return new FactTable(table.Title, fields, rows) { Fields = fields };
    }

    private static FactTable Reviews(CentralAsiaData data)
    {
        var table = data.Reports.ReviewsTable();
        var fields = table.Fields.Add("in_favour").Add("against").Add("abstaining");
        var rows = table.Rows.Select((row, i) =>
        {
            var vote = data.Strategy.Reviews[i].Vote;
            return row with
            {
                Cells = row.Cells.AddRange(new[] { vote?.InFavour, vote?.Against, vote?.Abstaining }.Select(static n => n?.ToString(CultureInfo.InvariantCulture))),
            };
        }).ToImmutableArray();
        return new FactTable(table.Title, fields, rows) { Fields = fields };
    }

    private static byte[] Descriptor(CentralAsiaData data, ImmutableArray<FlatView> views)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
            json.WriteString("name", PackageName);
            json.WriteString("title", "Flat views of " + data.Title);
            json.WriteString("description", $"Denormalised tables of the {data.Name} data package {data.Version}, one per question, for R, pandas and spreadsheets: each row carries its sources (source_ids, keys of the sources view) and grade. Written by CentralAsiaCT from the edition; the data package {data.Name} is the source of truth.");
            json.WriteString("version", data.Version);
            json.WriteString("created", data.Created.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", data.License);
            json.WriteString("path", "https://creativecommons.org/licenses/by/4.0/");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var view in views)
            {
                json.WriteStartObject();
                json.WriteString("name", view.Name);
                json.WriteString("path", view.Name + ".csv");
                json.WriteString("title", view.Title);
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8");
                json.WriteStartObject("schema");
                json.WriteString("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
                json.WriteStartArray("fields");
                foreach (var field in view.Table.Fields.Add(FactTable.SourcesField).Add(FactTable.GradeField))
                {
                    json.WriteStartObject();
                    json.WriteString("name", field);
                    WriteType(json, field);
                    if (Description(field) is { } description)
                    {
                        json.WriteString("description", description);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (!view.PrimaryKey.IsEmpty)
                {
                    json.WriteStartArray("primaryKey");
                    foreach (var key in view.PrimaryKey)
                    {
                        json.WriteStringValue(key);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    // What a reader of the views needs to know of the fields whose name does not say it all.
    private static string? Description(string field) => field switch
    {
        "name_en" or "name_fr" or "name_ru" => "The name in that language; empty where no source gives one (never another language's name)",
        "date" => "The date as the data set writes it: a day, a day range (first/last), a month (yyyy-MM) or a year",
        "date_precision" => "How precisely the date is known: day, day-range, month or year",
        "first_day" => "The first day the date may be",
        "last_day" => "The last day the date may be",
        "label" => "The event's kind and ordinal, made by CentralAsiaCT from the data: a label, never a name",
        "place_state" => "ISO 3166-1 alpha-3 code of the state the place is in",
        "pillars" => "Pillars of the Strategy the event covered (I to IV), separated by ';'",
        "phase_id" => "The phase (initiative) of the project the event belongs to",
        "vote" => "In favour, against, abstaining, as one text (empty where no source gives the vote)",
        "copy" => "Empty when the address is the publisher's own; archive (a web archive's copy), reproduction (a third party's) or mirror (a copy on an unrelated site)",
        "original_address" => "The publisher's own address of the text, where the address is a copy and the original is known",
        FactTable.SourcesField => "Sources of every fact the row shows: keys of the sources view, separated by ';'",
        FactTable.GradeField => "The weakest grade of the facts the row shows. A: an official page or two sources that agree; B: one secondary source, or copies alone",
        _ when field.StartsWith("status_", System.StringComparison.Ordinal) => "The state's status towards that Joint Plan of Action: adopted, observer, none or unknown",
        _ => null,
    };

    // The types a reader can rely on: whole numbers, days, and ';'-separated lists; every other cell is text.
    private static void WriteType(Utf8JsonWriter json, string field)
    {
        switch (field)
        {
            case "ordinal" or "in_favour" or "against" or "abstaining":
                json.WriteString("type", "integer");
                break;
            case "first_day" or "last_day":
                json.WriteString("type", "date");
                break;
            case FactTable.SourcesField or "pillars" or "languages":
                json.WriteString("type", "list");
                json.WriteString("delimiter", ";");
                json.WriteString("itemType", "string");
                break;
            default:
                json.WriteString("type", "string");
                break;
        }
    }
}
