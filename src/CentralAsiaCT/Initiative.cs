namespace CentralAsiaCT;

/// <summary>The CTITF initiative to help the Central Asian states implement the Strategy (the project).</summary>
public sealed record Initiative : Entity
{
    internal Initiative(string id, EntityFacts facts, Strategy strategy, Event? launch)
        : base(id, facts)
    {
        Strategy = strategy;
        Launch = launch;
    }

    /// <summary>The Strategy the initiative helps implement.</summary>
    public Strategy Strategy { get; }

    /// <summary>The event that launched the initiative, when the data holds it.</summary>
    public Event? Launch { get; }
}
