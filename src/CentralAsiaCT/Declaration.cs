using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// The Final Declaration of the high-level meeting, which expressed support for the Joint Plan of Action. Its
/// supporters are the <see cref="Participation"/>s with <see cref="Role.DeclarationSupporter"/>.
/// </summary>
public sealed record Declaration : Entity
{
    internal Declaration(string id, EntityFacts facts, Initiative initiative, Event adoptedAt, int? participantCount)
        : base(id, facts)
    {
        Initiative = initiative;
        AdoptedAt = adoptedAt;
        ParticipantCount = participantCount;
    }

    /// <summary>The initiative that produced the declaration.</summary>
    public Initiative Initiative { get; }

    /// <summary>The meeting at which the declaration was adopted.</summary>
    public Event AdoptedAt { get; }

    /// <summary>The date of adoption: the date of <see cref="AdoptedAt"/>.</summary>
    public KnownDate AdoptedOn => AdoptedAt.Date;

    /// <summary>How many participants adopted it, when a source gives the number.</summary>
    public int? ParticipantCount { get; }
}
