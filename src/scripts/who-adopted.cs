#:package CentralAsiaCT@0.1.0
// Who adopted the Joint Plan of Action, who chose observer status, where and when, and which sources say so.
// Run: dotnet run who-adopted.cs
using CentralAsiaCT;

var data = CentralAsiaData.Default;
var meeting = data.JointPlanOfAction.AdoptedAt;
Console.WriteLine($"Adopted on {meeting.Date} in {meeting.Place.GetName("en").Text} [{meeting.Provenance.SourceIds}]");
foreach (var status in new[] { JointPlanStatus.Adopted, JointPlanStatus.Observer })
{
    foreach (var state in data.StatesWithStatus(status))
    {
        var fact = data.ParticipationsOf(state).First(p => p.Target == (Entity)data.JointPlanOfAction);
        Console.WriteLine($"{state.Alpha3} {state.GetName("en").Text,-13} {status,-8} [{fact.Provenance.SourceIds}]");
    }
}
