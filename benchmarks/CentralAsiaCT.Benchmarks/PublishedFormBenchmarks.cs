using BenchmarkDotNet.Attributes;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// What the published-form rules cost: a name as the data spells it never reaches them; a form a list prints beside a
/// name, and a miss that holds a bracket, a comma or a full stop, pay the rewritings.
/// </summary>
[MemoryDiagnoser]
public class PublishedFormBenchmarks
{
    private CentralAsiaData _data = null!;

    [Params("Russian Federation", "l'OuzbekiStan", "Atlantis", "Russian Federation (the)", "Russie, Fédération de", "Iran, Islamic Rep.", "Atlantis (the)")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _data = CentralAsiaData.Default;
        _data.States.TryGet("KZ", out _);
    }

    [Benchmark(Description = "TryGetState")]
    public bool TryGetState() => _data.States.TryGet(Input, out _);
}
