using System.Collections.Immutable;
using System.Linq;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>The United Nations Global Counter-Terrorism Strategy.</summary>
public sealed class Strategy : Entity
{
    internal Strategy(string id, EntityFacts facts, string symbol, string adoptedBy, ReviewAdoption? adoption, ImmutableArray<Pillar> pillars, ImmutableArray<Review> reviews)
        : base(id, facts)
    {
        Symbol = symbol;
        AdoptedBy = adoptedBy;
        Adoption = adoption;
        Pillars = pillars;
        Reviews = reviews;
    }

    /// <summary>The UN document symbol of the resolution that adopted it, <c>A/RES/60/288</c>.</summary>
    public string Symbol { get; }

    /// <summary>The instrument that adopted it.</summary>
    public string AdoptedBy { get; }

    /// <summary>How the General Assembly adopted it (by consensus), as the row's sources say, with the same
    /// <see cref="Entity.Provenance"/>; <see langword="null"/> where no source says (an edition before data 2.4.0).</summary>
    public ReviewAdoption? Adoption { get; }

    /// <summary>The day it was adopted, from its <see cref="MilestoneKind.Adopted"/> milestone, whose provenance says
    /// which sources give the day; <see langword="null"/> where the edition has no such milestone.</summary>
    public KnownDate? AdoptedOn => Adopted?.Date;

    /// <summary>The milestone of its adoption, with the day, the words of its sources and their grade.</summary>
    public Milestone? Adopted => Milestones.FirstOrDefault(static m => m.Kind == MilestoneKind.Adopted);

    /// <summary>Its pillars, in the order of their numbers.</summary>
    public ImmutableArray<Pillar> Pillars { get; }

    /// <summary>Its reviews by the General Assembly, in the order of their ordinals.</summary>
    public ImmutableArray<Review> Reviews { get; }
}
