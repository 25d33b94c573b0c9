#:package CentralAsiaCT@0.1.0
// Which pillars of the Strategy the expert meetings discussed before the high-level meeting, meeting by meeting.
// Run: dotnet run pillars-before-the-meeting.cs
using CentralAsiaCT;

var data = CentralAsiaData.Default;
var meeting = data.Plans.First(p => p.Updates is null).AdoptedAt;  // the first plan, adopted in Ashgabat in 2011
var before = data.Timeline.Before(meeting.Date.First);
foreach (var e in before)
{
    foreach (var coverage in e.PillarCoverage)
    {
        Console.WriteLine($"{e.Date} {e.Place?.GetName("en").Text}: pillar {coverage.Pillar.Number} [{coverage.Provenance.SourceIds}]");
    }
}

var covered = before.SelectMany(e => e.Pillars).Distinct().OrderBy(p => p.Number).ToList();
Console.WriteLine($"Before {meeting.Date}: pillars {string.Join(", ", covered.Select(p => p.Number))} of {data.Pillars.Count}");
