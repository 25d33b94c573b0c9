namespace CentralAsiaCT;

/// <summary>How a standing ended, as a source says (<see cref="Participation.Ending"/>).</summary>
public enum RoleEnding
{
    /// <summary>The state left: it withdrew, or did not renew the treaty the standing rested on.</summary>
    Left = 1,

    /// <summary>The standing was suspended, by the state or by the organisation.</summary>
    Suspended = 2,

    /// <summary>The state took another standing in the same organisation from the next day (a participating State that
    /// became an associate member).</summary>
    ChangedStanding = 3,
}
