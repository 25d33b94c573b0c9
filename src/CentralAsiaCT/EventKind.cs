namespace CentralAsiaCT;

/// <summary>What kind of event of the Central Asia project an <see cref="Event"/> is, as its sources call it.</summary>
public enum EventKind
{
    /// <summary>The launch of a phase of the project, or of something it set up (its names say what).</summary>
    Launch = 1,

    /// <summary>One of the three expert meetings.</summary>
    ExpertMeeting = 2,

    /// <summary>A high-level (ministerial) meeting: the one that adopted the Joint Plan of Action in 2011, or a later one.</summary>
    HighLevelMeeting = 3,

    /// <summary>A consultation: with the regional organisations (Almaty, 2012), or a national consultation held in one
    /// state (the Early Warning Network's, 2023).</summary>
    Consultation = 4,

    /// <summary>A coordination meeting of a phase of the project.</summary>
    CoordinationMeeting = 5,

    /// <summary>An international or regional conference (Tashkent, 2022; the Early Warning Network's regional
    /// conferences from 2023).</summary>
    Conference = 6,

    /// <summary>A seminar or workshop on one theme (religious leaders, the media, border security, radicalisation, the
    /// financing of terrorism), as the project's phases held them.</summary>
    Workshop = 7,

    /// <summary>A training course.</summary>
    Training = 8,

    /// <summary>A briefing to the Member States (at United Nations Headquarters).</summary>
    Briefing = 9,
}
