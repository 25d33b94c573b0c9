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

    /// <summary>No source of the data says where the state stands (a Central Asian state that no source lists as
    /// party, observer or neither). Never the same answer as <see cref="None"/>.</summary>
    Unknown = 3,
}
