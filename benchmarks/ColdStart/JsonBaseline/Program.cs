using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CentralAsiaCT.Benchmarks.ColdStart;

var facts = JsonSerializer.Deserialize<Facts>(File.ReadAllText(args[0]), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
// The plan in force on the day: the last adopted on or before it (ISO dates compare as text).
var starts = facts.Events.ToDictionary(e => e.Id, e => e.Start);
var plan = facts.Plans.Where(p => string.CompareOrdinal(starts[p.AdoptedAt], "2026-12-02") <= 0).OrderBy(p => starts[p.AdoptedAt], StringComparer.Ordinal).Last().Id;
var adopters = facts.Participations.Where(p => p.Role == "adopter" && p.Target == plan).Select(p => p.Participant).ToHashSet();
Console.WriteLine(string.Join(" ", facts.States.Where(s => adopters.Contains(s.Alpha3)).Select(s => s.Alpha3)));
