namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>A role as plain JSON.</summary>
public sealed class ParticipationRow
{
    public string Participant { get; set; } = "";

    public string Target { get; set; } = "";

    public string Role { get; set; } = "";

    public string SourceIds { get; set; } = "";
}
