namespace CentralAsiaCT;

/// <summary>One of the four pillars of the Strategy; its title is its official name (<see cref="Entity.GetName"/>).</summary>
public sealed class Pillar : Entity
{
    internal Pillar(string id, EntityFacts facts, PillarNumber number, string strategyId)
        : base(id, facts)
    {
        Number = number;
        _strategyId = strategyId;
    }

    // The strategy is read after its pillars (it holds them), so the link is followed when first asked for.
    private readonly string _strategyId;

    /// <summary>The pillar's number, I to IV.</summary>
    public PillarNumber Number { get; }

    /// <summary>The Strategy the pillar belongs to.</summary>
    public Strategy Strategy => Store.EntityOf<Strategy>(_strategyId);
}
