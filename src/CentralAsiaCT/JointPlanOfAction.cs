using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// A Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central
/// Asia (JPoA): the plan adopted in Ashgabat in 2011, or a later edition of it. Who adopted a plan and who observed is
/// held by <see cref="Participation"/>s with <see cref="Role.Adopter"/> and <see cref="Role.Observer"/>; see
/// <see cref="CentralAsiaData.StatusOf(State, JointPlanOfAction)"/>.
/// </summary>
public sealed record JointPlanOfAction : Entity
{
    internal JointPlanOfAction(string id, EntityFacts facts, Initiative initiative, Event adoptedAt, int? participantCount)
        : base(id, facts)
    {
        Initiative = initiative;
        AdoptedAt = adoptedAt;
        ParticipantCount = participantCount;
    }

    /// <summary>How many participants adopted it, when a source gives the number.</summary>
    public int? ParticipantCount { get; }

    /// <summary>The initiative that produced the plan.</summary>
    public Initiative Initiative { get; }

    /// <summary>The meeting at which the plan was adopted.</summary>
    public Event AdoptedAt { get; }

    /// <summary>The date of adoption: the date of <see cref="AdoptedAt"/>.</summary>
    public KnownDate AdoptedOn => AdoptedAt.Date;
}
