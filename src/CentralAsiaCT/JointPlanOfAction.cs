using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>
/// A Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central
/// Asia (JPoA): the plan adopted in Ashgabat on 2011-11-30, or its update adopted in Tashkent on 2022-03-03
/// (<see cref="Updates"/>). Who adopted a plan and who observed is held by <see cref="Participation"/>s with
/// <see cref="Role.Adopter"/> and <see cref="Role.Observer"/>; see <see cref="StatusOf"/>.
/// </summary>
public sealed class JointPlanOfAction : Document
{
    internal JointPlanOfAction(string id, EntityFacts facts, Initiative? initiative, Event adoptedAt, int? participantCount, DocumentAdoptionDate? ownDate, JointPlanOfAction? updates, M49Region region)
        : base(id, facts, initiative, adoptedAt, participantCount, ownDate)
    {
        Updates = updates;
        Region = region;
    }

    /// <summary>The UN M49 sub-region the plan covers, as its title names it (143, Central Asia): a state of that region
    /// that no source places is <see cref="JointPlanStatus.Unknown"/> towards the plan, a state outside it
    /// <see cref="JointPlanStatus.None"/>.</summary>
    public M49Region Region { get; }

    /// <summary>The plan this one updates (the 2011 plan, for the 2022 update); <see langword="null"/> for a first plan.</summary>
    public JointPlanOfAction? Updates { get; }

    /// <summary>The states that adopted this plan (its parties), in the order of the data package.</summary>
    public ImmutableArray<State> Parties => StatesWith(JointPlanStatus.Adopted);

    /// <summary>The states that chose observer status towards this plan.</summary>
    public ImmutableArray<State> Observers => StatesWith(JointPlanStatus.Observer);

    /// <summary>The first adopter or observer role of <paramref name="state"/> in this plan, with its sources; the one
    /// place where a state's status towards a plan is read.</summary>
    /// <param name="state">A state of the same edition.</param>
    /// <returns>The role, or <see langword="null"/> when no source gives the state one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public Participation? RoleOf(State state)
    {
        Argument.NotNull(state);

        foreach (var p in RolesIn)
        {
            // The same instance: entities of one edition are unique, and record equality would compare every field.
            if (ReferenceEquals(p.Participant, state) && p.Role is Role.Adopter or Role.Observer)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The adopter or observer role of <paramref name="state"/> in this plan that is held on
    /// <paramref name="day"/> (a state may observe a plan, then adopt it), with its sources.</summary>
    /// <param name="state">A state of the same edition.</param>
    /// <param name="day">The day.</param>
    /// <returns>The role, or <see langword="null"/> when no source gives the state one held that day.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public Participation? RoleOn(State state, NodaTime.LocalDate day)
    {
        Argument.NotNull(state);

        foreach (var p in RolesIn)
        {
            if (ReferenceEquals(p.Participant, state) && p.Role is Role.Adopter or Role.Observer && p.IsHeldOn(day))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// Where <paramref name="state"/> stands towards this plan: adopted (a party) or observer as a source says; for a
    /// state of the plan's <see cref="Region"/> that no source places,
    /// <see cref="JointPlanStatus.Unknown"/>; for a state outside the region, <see cref="JointPlanStatus.None"/>.
    /// </summary>
    /// <param name="state">A state of the same edition.</param>
    /// <returns>Adopted, observer, none or unknown.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public JointPlanStatus StatusOf(State state) => StatusFrom(RoleOf(state), state);

    /// <summary>The status that <paramref name="role"/> (the state's <see cref="RoleOf"/>, already read) gives.</summary>
    internal JointPlanStatus StatusFrom(Participation? role, State state) => role?.Role switch
    {
        Role.Adopter => JointPlanStatus.Adopted,
        Role.Observer => JointPlanStatus.Observer,
        _ => state.SubRegion.Code == Region.Code ? JointPlanStatus.Unknown : JointPlanStatus.None,
    };

    /// <summary>The states of the edition with <paramref name="status"/> towards this plan, in the order of the data
    /// package (for adopted and observer, only the states a source names).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The states.</returns>
    public ImmutableArray<State> StatesWith(JointPlanStatus status)
    {
        if (status is JointPlanStatus.Adopted or JointPlanStatus.Observer)
        {
            var role = status == JointPlanStatus.Adopted ? Role.Adopter : Role.Observer;
            var states = ImmutableArray.CreateBuilder<State>();
            foreach (var p in RolesIn)
            {
                // Only a state's first role counts, so each state is taken once.
                if (p.Role == role && p.Participant is State state && ReferenceEquals(RoleOf(state), p))
                {
                    states.Add(state);
                }
            }

            return states.ToImmutable();
        }

        return Store.States.WhereToArray(s => StatusOf(s) == status);
    }
}
