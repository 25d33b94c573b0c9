namespace CentralAsiaCT;

/// <summary>Where a state stands towards the Joint Plan of Action.</summary>
public enum JointPlanStatus
{
    /// <summary>Neither adopter nor observer.</summary>
    None = 0,

    /// <summary>Adopted the plan.</summary>
    Adopted = 1,

    /// <summary>Chose observer status.</summary>
    Observer = 2,
}
