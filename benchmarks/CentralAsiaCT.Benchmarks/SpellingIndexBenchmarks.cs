using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// The question of design-review section 3: what the dictionary of spellings (every name as written, upper and lower
/// case, NFC and NFD) saves over the one path every other input takes (fold into a stack buffer, probe by span). Both
/// paths run on the same index, for inputs spelled as in the data.
/// </summary>
[MemoryDiagnoser]
public class SpellingIndexBenchmarks
{
    private NameIndex<State> _index = null!;

    [Params("KZ", "Kirghizistan", "OUZBÉKISTAN", "Туркменистан", "Ouzbékistan (NFD)", "Republic of Kazakhstan")]
    public string Input { get; set; } = string.Empty;

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _index = new NameIndex<State>(CentralAsiaData.Default.States, static s => new[] { s.Alpha2, s.Numeric, s.M49 });
        _text = Input == "Ouzbékistan (NFD)" ? "Ouzbékistan".Normalize(NormalizationForm.FormD) : Input;
    }

    [Benchmark(Baseline = true, Description = "dictionary of spellings")]
    public State? BySpelling() => _index.TryGetBySpelling(_text, out var state) ? state : null;

    [Benchmark(Description = "fold, then probe")]
    public State? ByFolding() => NameIndex<State>.Resolve(_index.Find(_text.AsSpan()), out var state) == NameIndex<State>.Outcome.Found ? state : null;
}
