namespace CentralAsiaCT;

/// <summary>What happened at a <see cref="Milestone"/>.</summary>
public enum MilestoneKind
{
    /// <summary>Adopted (a strategy or document).</summary>
    Adopted = 1,

    /// <summary>Officially launched.</summary>
    Launched = 2,

    /// <summary>Set up or created.</summary>
    Established = 4,

    /// <summary>Inaugurated.</summary>
    Inaugurated = 5,

    /// <summary>Moved into another body.</summary>
    Moved = 6,

    /// <summary>Replaced by another body.</summary>
    Replaced = 7,

    /// <summary>Changed its name.</summary>
    Renamed = 8,

    /// <summary>A new phase started.</summary>
    PhaseStarted = 9,
}
