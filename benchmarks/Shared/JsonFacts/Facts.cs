using System.Collections.Generic;

namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>The facts as a user without this package would hold them: plain classes filled from JSON.</summary>
public sealed class Facts
{
    public List<StateRow> States { get; set; } = [];

    public List<ParticipationRow> Participations { get; set; } = [];

    public List<PlanRow> Plans { get; set; } = [];

    public List<EventRow> Events { get; set; } = [];

    public List<ReviewRow> Reviews { get; set; } = [];
}
