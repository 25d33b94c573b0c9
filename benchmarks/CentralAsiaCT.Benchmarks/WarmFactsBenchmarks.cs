using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// An entity's names and roles once read, against a field read (issue 34: a warm <c>entity.Names</c> or <c>RolesIn</c>
/// took the reader's lock, 88 ns against 5 ns for a field).
/// </summary>
[MemoryDiagnoser]
public class WarmFactsBenchmarks
{
    private State _uzbekistan = null!;
    private JointPlanOfAction _plan = null!;
    private ImmutableArray<Naming.Name> _field;

    [GlobalSetup]
    public void Setup()
    {
        _uzbekistan = CentralAsiaData.Default.States.Get("UZB");
        _plan = CentralAsiaData.Default.Plans.Get("JPOA-2011");
        _field = _uzbekistan.Names;
        _ = (_plan.RolesIn, _uzbekistan.RolesTaken);
    }

    [Benchmark(Baseline = true, Description = "floor: a field read")]
    public ImmutableArray<Naming.Name> Field() => _field;

    [Benchmark(Description = "state.Names")]
    public ImmutableArray<Naming.Name> Names() => _uzbekistan.Names;

    [Benchmark(Description = "plan.RolesIn")]
    public ImmutableArray<Participation> RolesIn() => _plan.RolesIn;

    [Benchmark(Description = "state.RolesTaken")]
    public ImmutableArray<Participation> RolesTaken() => _uzbekistan.RolesTaken;
}
