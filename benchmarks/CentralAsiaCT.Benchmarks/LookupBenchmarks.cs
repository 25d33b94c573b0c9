using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CentralAsiaCT.Naming;
using Microsoft.Data.Sqlite;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// Lookups of a state by code and by name, against the floor (a frozen dictionary of keys already folded), hand-rolled
/// JSON with LINQ, and SQLite in memory. Each category's ratios are to its floor.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private static readonly string Nfd = "Ouzbékistan".Normalize(NormalizationForm.FormD);
    private Baselines _b = null!;
    private SqliteCommand _byCode = null!;
    private SqliteCommand _byName = null!;

    [GlobalSetup]
    public void Setup()
    {
        _b = new Baselines();
        _byCode = _b.Command("SELECT alpha3 FROM states WHERE alpha3 = $c OR alpha2 = $c OR numeric = $c", ("$c", "KZ"));
        _byName = _b.Command("SELECT entity_id FROM names WHERE text = $n COLLATE NOCASE LIMIT 1", ("$n", ""));
    }

    [GlobalCleanup]
    public void Cleanup() => _b.Dispose();

    [BenchmarkCategory("code"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorCode() => _b.FoldedStates["kz"];

    [BenchmarkCategory("code"), Benchmark(Description = "floor: array read")]
    public State FloorArray() => _b.StateArray[0];

    [BenchmarkCategory("code"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryCode() => _b.Data.States.Get("KZ");

    [BenchmarkCategory("code"), Benchmark(Description = "JSON + LINQ")]
    public string JsonCode() => _b.Facts.States.First(s => s.Alpha3 == "KZ" || s.Alpha2 == "KZ" || s.Numeric == "KZ").Alpha3;

    [BenchmarkCategory("code"), Benchmark(Description = "SQLite")]
    public object? SqliteCode() => _byCode.ExecuteScalar();

    [BenchmarkCategory("name-ascii"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorAscii() => _b.FoldedStates["kirghizistan"];

    [BenchmarkCategory("name-ascii"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryAscii() => _b.Data.States.Get("Kirghizistan");

    [BenchmarkCategory("name-ascii"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonAscii() => JsonName("Kirghizistan");

    [BenchmarkCategory("name-ascii"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteAscii() => SqliteName("Kirghizistan");

    [BenchmarkCategory("name-accented"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorAccented() => _b.FoldedStates["ouzbekistan"];

    [BenchmarkCategory("name-accented"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryAccented() => _b.Data.States.Get("OUZBÉKISTAN");

    [BenchmarkCategory("name-accented"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonAccented() => JsonName("OUZBÉKISTAN");

    [BenchmarkCategory("name-accented"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteAccented() => SqliteName("OUZBÉKISTAN");

    [BenchmarkCategory("name-cyrillic"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorCyrillic() => _b.FoldedStates["туркменистан"];

    [BenchmarkCategory("name-cyrillic"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryCyrillic() => _b.Data.States.Get("Туркменистан");

    [BenchmarkCategory("name-cyrillic"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonCyrillic() => JsonName("Туркменистан");

    [BenchmarkCategory("name-cyrillic"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteCyrillic() => SqliteName("Туркменистан");

    [BenchmarkCategory("name-nfd"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorNfd() => _b.FoldedStates["ouzbekistan"];

    [BenchmarkCategory("name-nfd"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryNfd() => _b.Data.States.Get(Nfd);

    [BenchmarkCategory("name-nfd"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonNfd() => JsonName(Nfd);

    [BenchmarkCategory("name-nfd"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteNfd() => SqliteName(Nfd);

    // Not a spelling of the data (article, apostrophe, no accent, odd case): the input must be folded before the probe.
    [BenchmarkCategory("name-folded"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public State FloorFolded() => _b.FoldedStates["ouzbekistan"];

    // A floor that folds as well: the library's own fold into a stack buffer, then the frozen dictionary probed with the
    // span. The floor above probes input already folded, which no lookup of text as a user types it can do.
    [BenchmarkCategory("name-folded"), Benchmark(Description = "floor: fold, then FrozenDictionary")]
    public State FloorFoldThenProbe()
    {
        const string input = "l'OuzbekiStan";
        Span<char> buffer = stackalloc char[input.Length * 2];
        var length = NameFolding.Fold(input.AsSpan(), buffer);
        return _b.FoldedStatesBySpan[buffer.Slice(0, length)];
    }

    [BenchmarkCategory("name-folded"), Benchmark(Description = "CentralAsiaCT")]
    public State LibraryFolded() => _b.Data.States.Get("l'OuzbekiStan");

    [BenchmarkCategory("name-folded"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonFolded() => JsonName("l'OuzbekiStan");

    [BenchmarkCategory("name-folded"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteFolded() => SqliteName("l'OuzbekiStan");

    [BenchmarkCategory("miss"), Benchmark(Baseline = true, Description = "floor: FrozenDictionary")]
    public bool FloorMiss() => _b.FoldedStates.ContainsKey("atlantis");

    [BenchmarkCategory("miss"), Benchmark(Description = "CentralAsiaCT")]
    public bool LibraryMiss() => _b.Data.States.TryGet("Atlantis", out _);

    [BenchmarkCategory("miss"), Benchmark(Description = "JSON + LINQ")]
    public string? JsonMiss() => JsonName("Atlantis");

    [BenchmarkCategory("miss"), Benchmark(Description = "SQLite (COLLATE NOCASE)")]
    public object? SqliteMiss() => SqliteName("Atlantis");

    [BenchmarkCategory("search-typo"), Benchmark(Baseline = true, Description = "CentralAsiaCT Search, one edit")]
    public int LibraryTypo() => _b.Data.States.Search("Kazakstan").Length;

    private string? JsonName(string input)
    {
        var folded = Baselines.Fold(input);
        return _b.Facts.States.FirstOrDefault(s => s.Names.Any(n => Baselines.Fold(n) == folded))?.Alpha3;
    }

    private object? SqliteName(string input)
    {
        _byName.Parameters["$n"].Value = input;
        return _byName.ExecuteScalar();
    }
}
