using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Where a state stands towards the Joint Plan of Action in force on a day, over which days that answer holds, and which
/// sources say so: the answer of <see cref="PlanSet.StatusOn"/>.
/// </summary>
public sealed record PlanStatus
{
    // Only the library answers (issue 33: a public constructor let callers build answers it never gave, Until before From).
    internal PlanStatus(State state, JointPlanOfAction plan, JointPlanStatus status, Provenance provenance, LocalDate from, LocalDate? until)
    {
        if (until is { } last && last < from)
        {
            throw new System.ArgumentException($"An answer cannot hold until {Dating.IsoDateText.Format(last)}, before it holds from {Dating.IsoDateText.Format(from)}.", nameof(until));
        }

        State = Argument.NotNull(state);
        Plan = Argument.NotNull(plan);
        Status = status;
        Provenance = Argument.NotNull(provenance);
        From = from;
        Until = until;
    }

    /// <summary>The state.</summary>
    public State State { get; }

    /// <summary>The plan asked about (for <see cref="PlanSet.StatusOn"/>, the plan in force on the day).</summary>
    public JointPlanOfAction Plan { get; }

    /// <summary>Adopted (a party), observer, none, or unknown when no source says.</summary>
    public JointPlanStatus Status { get; }

    /// <summary>What the answer rests on, with the weakest grade among them: the state's standing towards the plan, or
    /// the state's own row (its M49 sub-region) for none and unknown; and the date of the plan's adoption.</summary>
    public Provenance Provenance { get; }

    /// <summary>The first day the answer holds.</summary>
    public LocalDate From { get; }

    /// <summary>The last day the answer holds: the day before the state's standing changes or the next plan's adoption, or
    /// <see langword="null"/> while it holds open.</summary>
    public LocalDate? Until { get; }

    /// <summary>The same answer, held only until <paramref name="until"/> where that is earlier.</summary>
    internal PlanStatus EndingBy(LocalDate? until) =>
        until is { } last && (Until is null || last < Until) ? new(State, Plan, Status, Provenance, From, last) : this;

    /// <summary>Whether the answer holds on <paramref name="day"/>.</summary>
    /// <param name="day">A day.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="Until"/> (or on, when it is open).</returns>
    public bool HoldsOn(LocalDate day) => day >= From && (Until is not { } last || day <= last);

    /// <summary>One line with ISO dates (N14: the record dump wrote them as the culture's long dates).</summary>
    /// <returns>For example <c>UZB Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [S-SEED-FR;...] grade A</c>.</returns>
    public override string ToString() =>
        $"{State.Id} {Status} towards {Plan.Id}, holds {Dating.IsoDateText.Format(From)}..{(Until is { } last ? Dating.IsoDateText.Format(last) : string.Empty)} {Provenance}";
}
