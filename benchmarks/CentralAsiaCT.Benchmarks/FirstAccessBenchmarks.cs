using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Benchmarks.ColdStart;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;
using Microsoft.Data.Sqlite;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// Building the data from scratch inside a running process (the JIT already warm: a whole cold process is measured by
/// benchmarks/cold-start.sh). Ratios are to the library.
/// </summary>
[MemoryDiagnoser]
public class FirstAccessBenchmarks
{
    private Baselines _b = null!;

    [GlobalSetup]
    public void Setup() => _b = new Baselines();

    [GlobalCleanup]
    public void Cleanup() => _b.Dispose();

    [Benchmark(Baseline = true, Description = "CentralAsiaCT: a new edition answers one question (states by status)")]
    public int LibraryFirstQuestion() => DataSetReader.Read(BuiltInPackage.ReadTables()).Plans.Get("JPOA-2011").Parties.Length;

    [Benchmark(Description = "CentralAsiaCT: a new edition answers one lookup by name")]
    public State LibraryFirstLookup() => DataSetReader.Read(BuiltInPackage.ReadTables()).States.Get("Kirghizistan");

    [Benchmark(Description = "CentralAsiaCT: a new edition builds everything")]
    public int LibraryWhole()
    {
        var data = DataSetReader.Read(BuiltInPackage.ReadTables());
        return data.Participations.Count + data.Errata.Count + data.States[0].Names.Length + data.Created.ToUnixTimeSeconds().GetHashCode();
    }

    [Benchmark(Description = "JSON: deserialize into plain classes")]
    public Facts Json() => JsonSerializer.Deserialize<Facts>(_b.JsonText, Baselines.JsonOptions)!;

    [Benchmark(Description = "SQLite: create and fill the tables in memory")]
    public int Sqlite()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var load = connection.CreateCommand();
        load.CommandText = _b.SqlText;
        return load.ExecuteNonQuery();
    }
}
