namespace CentralAsiaCT;

/// <summary>One of the four pillars of the Strategy; its title is its official name (<see cref="Entity.GetName"/>).</summary>
public sealed record Pillar : Entity
{
    internal Pillar(string id, EntityFacts facts, PillarNumber number, string strategyId)
        : base(id, facts)
    {
        Number = number;
        StrategyId = strategyId;
    }

    /// <summary>The pillar's number, I to IV.</summary>
    public PillarNumber Number { get; }

    /// <summary>The ID of the Strategy the pillar belongs to.</summary>
    public string StrategyId { get; }
}
