using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>The United Nations Global Counter-Terrorism Strategy.</summary>
public sealed class Strategy : Entity
{
    internal Strategy(string id, EntityFacts facts, string symbol, string adoptedBy, ImmutableArray<Pillar> pillars, ImmutableArray<Review> reviews)
        : base(id, facts)
    {
        Symbol = symbol;
        AdoptedBy = adoptedBy;
        Pillars = pillars;
        Reviews = reviews;
    }

    /// <summary>The UN document symbol of the resolution that adopted it, <c>A/RES/60/288</c>.</summary>
    public string Symbol { get; }

    /// <summary>The instrument that adopted it.</summary>
    public string AdoptedBy { get; }

    /// <summary>Its pillars, in the order of their numbers.</summary>
    public ImmutableArray<Pillar> Pillars { get; }

    /// <summary>Its reviews by the General Assembly, in the order of their ordinals.</summary>
    public ImmutableArray<Review> Reviews { get; }
}
