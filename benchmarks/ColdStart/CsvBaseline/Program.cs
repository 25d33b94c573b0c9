using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CentralAsiaCT.Benchmarks.ColdStart;
using Sylvan.Data.Csv;

// The same four first questions as the library's program (OneQuestion), answered from the published CSV files.
var question = args.Length > 1 ? args[1] : "parties";
Console.WriteLine(question switch
{
    "parties" => Parties(),
    "lookup" => Read("names.csv").First(n => NameFold.Fold(n["text"]) == NameFold.Fold("Kirghizistan"))["entity_id"],
    "review" => Read("reviews.csv").MaxBy(r => int.Parse(r["ordinal"], System.Globalization.CultureInfo.InvariantCulture)) is { } r ? $"{r["id"]} {r["adopted"]}" : "",
    // An event certainly in 2011: its first day on or after 1 January, its last (its end, or its start) on or before 31 December.
    "timeline" => string.Join(" ", Read("events.csv")
        .Where(e => string.CompareOrdinal(e["start"], "2011-01-01") >= 0 && string.CompareOrdinal(e["end"].Length > 0 ? e["end"] : e["start"], "2011-12-31") <= 0 && e["date_precision"] is "day" or "day-range")
        .OrderBy(e => e["start"], StringComparer.Ordinal).Select(e => e["id"])),
    _ => throw new ArgumentException($"No question '{question}'."),
});

List<Dictionary<string, string>> Read(string file)
{
    using var reader = CsvDataReader.Create(Path.Combine(args[0], file));
    var rows = new List<Dictionary<string, string>>();
    while (reader.Read())
    {
        var row = new Dictionary<string, string>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.GetString(i);
        }

        rows.Add(row);
    }

    return rows;
}

string Parties()
{
    var states = Read("states.csv");
    // The plan in force on the day: the last adopted on or before it (ISO dates compare as text).
    var starts = Read("events.csv").ToDictionary(e => e["id"], e => e["start"]);
    var plan = Read("documents.csv").Where(d => d["kind"] == "plan" && string.CompareOrdinal(starts[d["adopted_at_event_id"]], "2026-12-02") <= 0)
        .OrderBy(d => starts[d["adopted_at_event_id"]], StringComparer.Ordinal).Last()["id"];
    var adopters = Read("participations.csv").Where(p => p["role"] == "adopter" && p["target_id"] == plan).Select(p => p["participant_id"]).ToHashSet();
    return string.Join(" ", states.Where(s => adopters.Contains(s["alpha3"])).Select(s => s["alpha3"]));
}
