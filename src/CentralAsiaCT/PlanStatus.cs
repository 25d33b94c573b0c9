using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>
/// Where a state stands towards one Joint Plan of Action, and which sources say so: the answer of
/// <see cref="CentralAsiaData.StatusOn"/>.
/// </summary>
/// <param name="State">The state.</param>
/// <param name="Plan">The plan in force on the day asked about.</param>
/// <param name="Status">Adopted (a party), observer, none, or unknown when no source says.</param>
/// <param name="Provenance">The sources of the role and its grade, for a party or an observer; <see langword="null"/>
/// for none (a state outside Central Asia, which the plan of a Central Asian region does not cover) and for unknown.</param>
public sealed record PlanStatus(State State, JointPlanOfAction Plan, JointPlanStatus Status, Provenance? Provenance);
