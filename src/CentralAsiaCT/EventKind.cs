namespace CentralAsiaCT;

/// <summary>What kind of event of the Central Asia project an <see cref="Event"/> is.</summary>
public enum EventKind
{
    /// <summary>The launch of a phase of the project, or of something it set up (its names say what).</summary>
    Launch = 1,

    /// <summary>One of the three expert meetings.</summary>
    ExpertMeeting = 2,

    /// <summary>A high-level (ministerial) meeting: the one that adopted the Joint Plan of Action in 2011, or a later one.</summary>
    HighLevelMeeting = 3,

    /// <summary>A consultation with the regional organisations (Almaty, 2012).</summary>
    Consultation = 4,

    /// <summary>A coordination meeting of a phase of the project.</summary>
    CoordinationMeeting = 5,

    /// <summary>An international conference (Tashkent, 2022).</summary>
    Conference = 6,
}
