using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// The Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central
/// Asia (JPoA). Who adopted it and who observed is held by <see cref="Participation"/>s with <see cref="Role.Adopter"/>
/// and <see cref="Role.Observer"/>; see <see cref="CentralAsiaData.StatesWithStatus"/>.
/// </summary>
public sealed record JointPlanOfAction : Entity
{
    internal JointPlanOfAction(string id, EntityFacts facts, Initiative initiative, Event adoptedAt)
        : base(id, facts)
    {
        Initiative = initiative;
        AdoptedAt = adoptedAt;
    }

    /// <summary>The initiative that produced the plan.</summary>
    public Initiative Initiative { get; }

    /// <summary>The meeting at which the plan was adopted.</summary>
    public Event AdoptedAt { get; }

    /// <summary>The date of adoption: the date of <see cref="AdoptedAt"/>.</summary>
    public KnownDate AdoptedOn => AdoptedAt.Date;
}
