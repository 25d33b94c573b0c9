using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CentralAsiaCT.Benchmarks.ColdStart;

var facts = JsonSerializer.Deserialize<Facts>(File.ReadAllText(args[0]), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
var adopters = facts.Participations.Where(p => p.Role == "adopter" && p.Target == "JPOA-2011").Select(p => p.Participant).ToHashSet();
Console.WriteLine(string.Join(" ", facts.States.Where(s => adopters.Contains(s.Alpha3)).Select(s => s.Alpha3)));
