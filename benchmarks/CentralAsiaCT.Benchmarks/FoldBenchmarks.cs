using System;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// The fold every lookup that is not a spelling of the data runs (NameFolding.Fold into a stack buffer): ASCII that
/// needs only lower-casing, an article and an apostrophe, an accented name in odd case, and Cyrillic in odd case. What
/// the speed tricks of the fold (runs of ASCII, the table of the common blocks) are measured by (issue 34).
/// </summary>
[MemoryDiagnoser]
public class FoldBenchmarks
{
    [Params("Atlantis", "l'OuzbekiStan", "OuzBÉKistan", "туркМенистан")]
    public string Input { get; set; } = string.Empty;

    [Benchmark]
    public int Fold()
    {
        Span<char> buffer = stackalloc char[NameFolding.MaxLength];
        return NameFolding.Fold(Input.AsSpan(), buffer);
    }
}
