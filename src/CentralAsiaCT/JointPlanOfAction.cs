using System.Collections.Immutable;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// A Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central
/// Asia (JPoA): the plan adopted in Ashgabat in 2011, or a later edition of it. Who adopted a plan and who observed is
/// held by <see cref="Participation"/>s with <see cref="Role.Adopter"/> and <see cref="Role.Observer"/>; see
/// <see cref="StatusOf"/>.
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

    /// <summary>The states that adopted this plan (its parties), in the order of the data package.</summary>
    public ImmutableArray<State> Parties => StatesWith(Role.Adopter);

    /// <summary>The states that chose observer status towards this plan.</summary>
    public ImmutableArray<State> Observers => StatesWith(Role.Observer);

    /// <summary>How many participants adopted it, when a source gives the number.</summary>
    public int? ParticipantCount { get; }

    /// <summary>The initiative that produced the plan.</summary>
    public Initiative Initiative { get; }

    /// <summary>The meeting at which the plan was adopted.</summary>
    public Event AdoptedAt { get; }

    /// <summary>The date of adoption: the date of <see cref="AdoptedAt"/>.</summary>
    public KnownDate AdoptedOn => AdoptedAt.Date;

    /// <summary>The first adopter or observer role of <paramref name="state"/> in this plan, with its sources; the one
    /// place where a state's status towards a plan is read.</summary>
    /// <param name="state">A state of the same edition.</param>
    /// <returns>The role, or <see langword="null"/> when no source gives the state one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public Participation? RoleOf(State state)
    {
        if (state is null)
        {
            throw new System.ArgumentNullException(nameof(state));
        }

        foreach (var p in RolesIn)
        {
            if (p.Participant == (Entity)state && p.Role is Role.Adopter or Role.Observer)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="state"/> stands towards this plan: its first adopter or observer role, else none.</summary>
    /// <param name="state">A state of the same edition.</param>
    /// <returns>Adopted, observer, or none.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public JointPlanStatus StatusOf(State state) => RoleOf(state)?.Role switch
    {
        Role.Adopter => JointPlanStatus.Adopted,
        Role.Observer => JointPlanStatus.Observer,
        _ => JointPlanStatus.None,
    };

    private ImmutableArray<State> StatesWith(Role role)
    {
        var states = ImmutableArray.CreateBuilder<State>();
        foreach (var p in RolesIn)
        {
            if (p.Role == role && p.Participant is State state && !states.Contains(state))
            {
                states.Add(state);
            }
        }

        return states.ToImmutable();
    }
}
