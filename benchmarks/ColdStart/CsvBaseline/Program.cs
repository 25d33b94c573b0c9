using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sylvan.Data.Csv;

static List<Dictionary<string, string>> Read(string path)
{
    using var reader = CsvDataReader.Create(path);
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

var states = Read(Path.Combine(args[0], "states.csv"));
// The plan in force on the day: the last adopted on or before it (ISO dates compare as text).
var starts = Read(Path.Combine(args[0], "events.csv")).ToDictionary(e => e["id"], e => e["start"]);
var plan = Read(Path.Combine(args[0], "documents.csv")).Where(d => d["kind"] == "plan" && string.CompareOrdinal(starts[d["adopted_at_event_id"]], "2026-12-02") <= 0)
    .OrderBy(d => starts[d["adopted_at_event_id"]], StringComparer.Ordinal).Last()["id"];
var adopters = Read(Path.Combine(args[0], "participations.csv"))
    .Where(p => p["role"] == "adopter" && p["target_id"] == plan).Select(p => p["participant_id"]).ToHashSet();
Console.WriteLine(string.Join(" ", states.Where(s => adopters.Contains(s["alpha3"])).Select(s => s["alpha3"])));
