namespace CentralAsiaCT.Tests.Support;

/// <summary>A measure of the Strategy under one of its pillars: a kind of record the library does not have, added by a
/// test through the registry of entity kinds alone (its record type here, its table in a test package, one registry
/// line).</summary>
internal sealed class Measure : Entity
{
    internal Measure(string id, EntityFacts facts, Pillar pillar, Dating.KnownDate adopted)
        : base(id, facts)
    {
        Pillar = pillar;
        Adopted = adopted;
    }

    /// <summary>The pillar the measure is under.</summary>
    public Pillar Pillar { get; }

    /// <summary>When it was adopted, as precisely as its row says.</summary>
    public Dating.KnownDate Adopted { get; }
}
