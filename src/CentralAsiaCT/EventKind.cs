namespace CentralAsiaCT;

/// <summary>What kind of event of the consultation process an <see cref="Event"/> is.</summary>
public enum EventKind
{
    /// <summary>The launch of the project.</summary>
    Launch = 1,

    /// <summary>One of the three expert meetings.</summary>
    ExpertMeeting = 2,

    /// <summary>The high-level (ministerial) meeting that adopted the Joint Plan of Action.</summary>
    HighLevelMeeting = 3,
}
