using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CentralAsiaCT.Benchmarks.ColdStart;

// The same four first questions as the library's program (OneQuestion), answered from facts written to JSON.
var facts = JsonSerializer.Deserialize<Facts>(File.ReadAllText(args[0]), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
var question = args.Length > 1 ? args[1] : "parties";
Console.WriteLine(question switch
{
    // The plan in force on the day: the last adopted on or before it (ISO dates compare as text).
    "parties" => Parties(),
    "lookup" => facts.States.First(s => s.Names.Any(n => NameFold.Fold(n) == NameFold.Fold("Kirghizistan"))).Alpha3,
    "review" => facts.Reviews.MaxBy(r => r.Ordinal) is { } r ? $"{r.Id} {r.Adopted}" : "",
    "timeline" => string.Join(" ", facts.Events.Where(e => string.CompareOrdinal(e.Start, "2011-01-01") >= 0 && string.CompareOrdinal(e.End, "2011-12-31") <= 0).Select(e => e.Id)),
    _ => throw new ArgumentException($"No question '{question}'."),
});

string Parties()
{
    var starts = facts.Events.ToDictionary(e => e.Id, e => e.Start);
    var plan = facts.Plans.Where(p => string.CompareOrdinal(starts[p.AdoptedAt], "2026-12-02") <= 0).OrderBy(p => starts[p.AdoptedAt], StringComparer.Ordinal).Last().Id;
    var adopters = facts.Participations.Where(p => p.Role == "adopter" && p.Target == plan).Select(p => p.Participant).ToHashSet();
    return string.Join(" ", facts.States.Where(s => adopters.Contains(s.Alpha3)).Select(s => s.Alpha3));
}
