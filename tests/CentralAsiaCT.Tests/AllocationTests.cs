namespace CentralAsiaCT.Tests;

/// <summary>
/// Lookups by code and name allocate nothing (counted bytes, not timings: the count does not depend on the machine).
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed class AllocationTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Theory]
    [InlineData("KZ")]
    [InlineData("398")]
    [InlineData("Kirghizistan")]
    [InlineData("Ouzbékistan")]
    [InlineData("Туркменистан")]
    [InlineData("  la Russie ")]
    [InlineData("Not a state at all")]
    [InlineData("Republic of Kazakhstan")]
    [InlineData("Russian Federation (the)")]
    [InlineData("Iran, Islamic Rep.")]
    [InlineData("Kazakhstan (Kingdom of)")]
    public void State_lookups_allocate_nothing(string input)
    {
        var nfd = input.Normalize(System.Text.NormalizationForm.FormD);
        Data.States.TryGet(input, out _);
        Data.States.TryGet(nfd, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Data.States.TryGet(input, out _);
            Data.States.TryGet(nfd, out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Organisation_place_and_pillar_lookups_allocate_nothing()
    {
        Data.Organisations.TryGet("OTSC", out _);
        Data.Places.TryGet("Douchanbé", out _);
        Data.Pillars.TryGet("pilier III", out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Data.Organisations.TryGet("OTSC", out _);
            Data.Places.TryGet("Douchanbé", out _);
            Data.Pillars.TryGet("pilier III", out _);
            Data.States.Get("KAZ");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
