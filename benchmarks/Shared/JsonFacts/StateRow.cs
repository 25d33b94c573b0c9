using System.Collections.Generic;

namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>A state as plain JSON.</summary>
public sealed class StateRow
{
    public string Alpha3 { get; set; } = "";

    public string Alpha2 { get; set; } = "";

    public string Numeric { get; set; } = "";

    public List<string> Names { get; set; } = [];
}
