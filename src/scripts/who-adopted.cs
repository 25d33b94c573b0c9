#:package CentralAsiaCT@0.1.0
// Who adopted each Joint Plan of Action, who chose observer status, where and when, and which sources (with grades) say so.
// Run: dotnet run who-adopted.cs
using CentralAsiaCT;
using CentralAsiaCT.Sourcing;

var data = CentralAsiaData.Default;
foreach (var plan in data.Plans)
{
    var meeting = plan.AdoptedAt;
    var updates = plan.Updates is { } older ? $", updating {older.Id}" : "";
    // The line shows the plan, its own adoption date and the meeting's place: it cites all three.
    var shown = Provenance.Combine([plan.Provenance, plan.AdoptionDate.Provenance, meeting.Provenance]);
    Console.WriteLine($"{plan.Id}: adopted on {plan.AdoptedOn} in {meeting.Place?.GetName("en").Text ?? "(place not known)"}{updates} [{shown.SourceIds}] grade {shown.Grade}");
    foreach (var status in new[] { JointPlanStatus.Adopted, JointPlanStatus.Observer })
    {
        foreach (var state in plan.StatesWith(status, plan.AdoptedOn.First))   // on the day it was adopted
        {
            var fact = plan.RoleOn(state, plan.AdoptedOn.First)!;
            Console.WriteLine($"{state.Alpha3} {state.GetName("en").Text,-13} {status,-8} {plan.Id} [{fact.Provenance.SourceIds}] grade {fact.Provenance.Grade}");
        }
    }
}
