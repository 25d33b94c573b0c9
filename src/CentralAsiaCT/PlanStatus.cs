using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Where a state stands towards the Joint Plan of Action in force on a day, over which days that answer holds, and which
/// sources say so: the answer of <see cref="PlanSet.StatusOn"/>.
/// </summary>
/// <param name="State">The state.</param>
/// <param name="Plan">The plan in force on the day asked about.</param>
/// <param name="Status">Adopted (a party), observer, none, or unknown when no source says.</param>
/// <param name="Provenance">What the answer rests on, with the weakest grade among them: the state's role for a party or
/// an observer, or the state's own row (its M49 sub-region, inside or outside the region the plan covers) for none and
/// unknown; and the date of <paramref name="Plan"/>'s adoption, which decides the plan in force.</param>
/// <param name="From">The first day the answer holds: the first day of <paramref name="Plan"/>'s adoption.</param>
/// <param name="Until">The last day the answer holds: the day before the next plan's adoption, or
/// <see langword="null"/> while <paramref name="Plan"/> is the last plan of the data.</param>
public sealed record PlanStatus(State State, JointPlanOfAction Plan, JointPlanStatus Status, Provenance Provenance, LocalDate From, LocalDate? Until)
{
    /// <summary>Whether the answer holds on <paramref name="day"/>.</summary>
    /// <param name="day">A day.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="Until"/> (or on, when it is open).</returns>
    public bool HoldsOn(LocalDate day) => day >= From && (Until is not { } last || day <= last);

    /// <summary>One line with ISO dates (N14: the record dump wrote them as the culture's long dates).</summary>
    /// <returns>For example <c>UZB Observer towards JPOA-2011, holds 2011-11-30..2022-03-02 [S-SEED-FR;...] grade A</c>.</returns>
    public override string ToString() =>
        $"{State.Id} {Status} towards {Plan.Id}, holds {Dating.IsoDateText.Format(From)}..{(Until is { } last ? Dating.IsoDateText.Format(last) : string.Empty)} {Provenance}";
}
