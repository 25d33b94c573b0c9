using System.Collections.Immutable;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>
/// A Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central
/// Asia (JPoA): the plan adopted in Ashgabat on 2011-11-30, or its update adopted in Tashkent on 2022-03-03
/// (<see cref="Updates"/>). Who adopted a plan and who observed is held by <see cref="Participation"/>s with
/// <see cref="Role.Adopter"/> and <see cref="Role.Observer"/>; see <see cref="StatusOn"/>.
/// </summary>
public sealed class JointPlanOfAction : Document
{
    internal JointPlanOfAction(string id, EntityFacts facts, Deferred<Initiative>? initiative, Deferred<Event> adoptedAt, int? participantCount, DocumentAdoptionDate adoptionDate, JointPlanOfAction? updates, M49Region? region)
        : base(id, facts, initiative, adoptedAt, participantCount, adoptionDate)
    {
        Updates = updates;
        Region = region;
    }

    /// <summary>The UN M49 sub-region the plan covers, as its title names it (143, Central Asia): a state of that region
    /// that no source places is <see cref="JointPlanStatus.Unknown"/> towards the plan, a state outside it
    /// <see cref="JointPlanStatus.None"/>. <see langword="null"/> for an edition before data 2.3.0, which does not say:
    /// a state it places nowhere is then <see cref="JointPlanStatus.Unknown"/>.</summary>
    public M49Region? Region { get; }

    /// <summary>The plan this one updates (the 2011 plan, for the 2022 update); <see langword="null"/> for a first plan.</summary>
    public JointPlanOfAction? Updates { get; }

    /// <summary>The states that a source names as adopters of this plan (its parties) at any time, each once, in the
    /// order of the data package; <see cref="StatesWith(JointPlanStatus, NodaTime.LocalDate)"/> answers for one day.</summary>
    public ImmutableArray<State> Parties => StatesHolding(Role.Adopter);

    /// <summary>The states that a source names as observers of this plan at any time, each once.</summary>
    public ImmutableArray<State> Observers => StatesHolding(Role.Observer);

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
    /// Where <paramref name="state"/> stood towards this plan on <paramref name="day"/>, as the one function of standing in
    /// time answers (<see cref="Entity.StandingTowards(Entity, NodaTime.LocalDate)"/>): adopted or observer as a source
    /// says; for a state of the plan's <see cref="Region"/> that no source places, unknown; outside it, none; over which
    /// days that holds, from the plan's adoption; with the sources of the standing and of the plan's date.
    /// <see cref="PlanSet.StatusOn"/> asks the same of the plan in force that day.
    /// </summary>
    /// <param name="state">A state of the same edition.</param>
    /// <param name="day">The day.</param>
    /// <returns>The status, or <see langword="null"/> before the plan was adopted.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public PlanStatus? StatusOn(State state, NodaTime.LocalDate day)
    {
        Argument.NotNull(state);

        if (day < AdoptedOn.First)
        {
            return null;
        }

        var standing = state.StandingTowards(this, day);
        var from = standing.From is { } f && f > AdoptedOn.First ? f : AdoptedOn.First;
        var provenance = Sourcing.Provenance.Combined([standing.Provenance, AdoptionDate.Provenance]);
        return new PlanStatus(state, this, StatusOf(standing, state), provenance, from, standing.Until);
    }

    /// <summary>The states of the edition with <paramref name="status"/> towards this plan on <paramref name="day"/>, in
    /// the order of the data package.</summary>
    /// <param name="status">The status.</param>
    /// <param name="day">The day.</param>
    /// <returns>The states; none before the plan was adopted.</returns>
    public ImmutableArray<State> StatesWith(JointPlanStatus status, NodaTime.LocalDate day) =>
        day < AdoptedOn.First ? ImmutableArray<State>.Empty : Store.States.WhereToArray(s => StatusOf(s.StandingTowards(this, day), s) == status);

    /// <summary>Where <paramref name="state"/> stood on the day this plan was adopted, and the sources of the role it
    /// held then (none for a state that held none): the one reading the states table and the overview show per plan.</summary>
    internal (JointPlanStatus Status, Sourcing.Provenance? Role) StatusAtAdoption(State state)
    {
        var standing = state.StandingTowards(this, AdoptedOn.First);
        return (StatusOf(standing, state), standing.Kind == StandingKind.Held ? standing.Provenance : null);
    }

    // The status a standing gives: a role held, or where the state lies against the plan's region.
    private JointPlanStatus StatusOf(Standing standing, State state) => standing.Role switch
    {
        Role.Adopter when standing.Kind == StandingKind.Held => JointPlanStatus.Adopted,
        Role.Observer when standing.Kind == StandingKind.Held => JointPlanStatus.Observer,
        _ when standing.Kind == StandingKind.NotHeld => JointPlanStatus.None,
        _ => Region is null || state.SubRegion.Code == Region.Code ? JointPlanStatus.Unknown : JointPlanStatus.None,
    };

    private ImmutableArray<State> StatesHolding(Role role)
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
