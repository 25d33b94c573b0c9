using System.Collections.Generic;

namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>An event as plain JSON.</summary>
public sealed class EventRow
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public string Place { get; set; } = "";

    public List<int> Pillars { get; set; } = [];
}
