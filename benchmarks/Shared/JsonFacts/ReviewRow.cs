namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>A review of the Strategy as plain JSON.</summary>
public sealed class ReviewRow
{
    public string Id { get; set; } = "";

    public int Ordinal { get; set; }

    public string Adopted { get; set; } = "";
}
