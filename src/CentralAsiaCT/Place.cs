namespace CentralAsiaCT;

/// <summary>A city where an event took place or an organisation has its seat.</summary>
public sealed class Place : Entity
{
    internal Place(string id, EntityFacts facts, State state)
        : base(id, facts)
    {
        State = state;
    }

    /// <summary>The state the city lies in.</summary>
    public State State { get; }
}
