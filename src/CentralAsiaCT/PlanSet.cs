using System;
using CentralAsiaCT.Building;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Every Joint Plan of Action of an edition (the 2011 plan and its 2022 update), in the order of the data package,
/// with the questions of time: which plan was in force on a day, and where a state stood towards it. A plan is in force
/// from its adoption until a plan that updates it (<see cref="JointPlanOfAction.Updates"/>, as the data says) is
/// adopted: succession follows that chain, not adoption order alone.
/// </summary>
public sealed class PlanSet : EntitySet<JointPlanOfAction>
{
    internal PlanSet(DataSetReader reader)
        : base("plan", reader, static r => r.Plans)
    {
    }

    /// <summary>
    /// The plan in force on <paramref name="day"/>: of the plans adopted by that day (the first day of an adoption
    /// counts), one that no plan adopted by that day updates; of several such (plans of different regions), the one
    /// adopted last. <see langword="null"/> before the first plan was adopted.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The plan, or <see langword="null"/>.</returns>
    public JointPlanOfAction? InForceOn(LocalDate day) => InForceOn(day, region: null);


    /// <summary>
    /// Where <paramref name="state"/> stood on <paramref name="day"/> towards the plan in force that day for its region
    /// (else the plan in force): adopted or observer as a source says, unknown for a state of the plan's region that
    /// no source places, none outside it; over which days that answer holds (from the plan's adoption until the day
    /// before a plan that updates it was adopted, or open); and the sources and weakest grade it rests on.
    /// </summary>
    /// <param name="state">A state of this edition.</param>
    /// <param name="day">The day.</param>
    /// <returns>The status, or <see langword="null"/> before the first plan was adopted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public PlanStatus? StatusOn(State state, LocalDate day)
    {
        Argument.NotNull(state);

        var plan = InForceOn(day, state.SubRegion.Code) ?? InForceOn(day, region: null);
        if (plan is null)
        {
            return null;
        }

        // The plan's own answer, within the days the plan is in force.
        var status = plan.StatusOn(state, day)!;
        return status.EndingBy(UntilSuperseded(plan));
    }

    private JointPlanOfAction? InForceOn(LocalDate day, string? region)
    {
        JointPlanOfAction? inForce = null;
        foreach (var candidate in Items)
        {
            if (candidate.AdoptedOn.First <= day
                && (region is null || candidate.Region is null || candidate.Region.Code == region)
                && !IsUpdatedBy(candidate, day)
                && (inForce is null || candidate.AdoptedOn.First >= inForce.AdoptedOn.First))
            {
                inForce = candidate;
            }
        }

        return inForce;
    }

    // Whether a plan adopted by that day updates this one.
    private bool IsUpdatedBy(JointPlanOfAction plan, LocalDate day)
    {
        foreach (var p in Items)
        {
            if (ReferenceEquals(p.Updates, plan) && p.AdoptedOn.First <= day)
            {
                return true;
            }
        }

        return false;
    }

    // The day before the first plan that updates this one was adopted; null while none has.
    private LocalDate? UntilSuperseded(JointPlanOfAction plan)
    {
        LocalDate? next = null;
        foreach (var p in Items)
        {
            if (ReferenceEquals(p.Updates, plan) && (next is null || p.AdoptedOn.First < next))
            {
                next = p.AdoptedOn.First;
            }
        }

        return next?.PlusDays(-1);
    }
}
