namespace CentralAsiaCT;

/// <summary>What the sources say of a participant's standing towards a plan or an organisation over a stretch of days
/// (<see cref="Standing.Kind"/>).</summary>
public enum StandingKind
{
    /// <summary>The standing <see cref="Standing.Role"/> is held on every day of the stretch.</summary>
    Held = 1,

    /// <summary>No standing is held: the days lie before the first standing the sources date, after the last one ended,
    /// or between two.</summary>
    NotHeld = 2,

    /// <summary>A standing starts or ends on one of these days, but the sources give only its month or year: on any one
    /// of them it is not known whether it was held.</summary>
    Uncertain = 3,

    /// <summary>No source gives the participant any standing towards the target: the data cannot say.</summary>
    Unknown = 4,
}
