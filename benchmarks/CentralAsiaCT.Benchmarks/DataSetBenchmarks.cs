using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// First numbers for the built-in data set: building it from the compiled tables, and the first query helpers.
/// The comparison with other ways of holding the same facts is the subject of its own issue.
/// </summary>
[MemoryDiagnoser]
public class DataSetBenchmarks
{
    private readonly CentralAsiaData _data = CentralAsiaData.Default;

    [Benchmark(Description = "Build the data set from the compiled tables")]
    public CentralAsiaData Build() => DataSetReader.Read(BuiltInPackage.ReadTables());

    [Benchmark(Description = "Entity by ID, ignoring case")]
    public Entity EntityById() => _data.GetEntity("kaz");

    [Benchmark(Description = "States that adopted the JPoA")]
    public ImmutableArray<State> Adopters() => _data.StatesWithStatus(JointPlanStatus.Adopted);

    [Benchmark(Description = "Funders of the initiative")]
    public ImmutableArray<Participation> Funders() => _data.ParticipationsWithRole(Role.Funder);
}
