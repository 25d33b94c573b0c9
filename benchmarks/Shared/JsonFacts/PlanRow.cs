namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>A Joint Plan of Action as plain JSON: its ID and the event that adopted it.</summary>
public sealed class PlanRow
{
    public string Id { get; set; } = "";

    public string AdoptedAt { get; set; } = "";
}
