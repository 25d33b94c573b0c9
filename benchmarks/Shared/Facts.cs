using System.Collections.Generic;

namespace CentralAsiaCT.Benchmarks.ColdStart;

public sealed class Facts
{
    public List<StateRow> States { get; set; } = [];

    public List<ParticipationRow> Participations { get; set; } = [];

    public List<EventRow> Events { get; set; } = [];
}

public sealed class StateRow
{
    public string Alpha3 { get; set; } = "";

    public string Alpha2 { get; set; } = "";

    public string Numeric { get; set; } = "";

    public List<string> Names { get; set; } = [];
}

public sealed class ParticipationRow
{
    public string Participant { get; set; } = "";

    public string Target { get; set; } = "";

    public string Role { get; set; } = "";

    public string SourceIds { get; set; } = "";
}

public sealed class EventRow
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public string Place { get; set; } = "";

    public List<int> Pillars { get; set; } = [];
}
