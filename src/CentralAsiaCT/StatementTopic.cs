namespace CentralAsiaCT;

/// <summary>What a <see cref="Statement"/> is about.</summary>
public enum StatementTopic
{
    /// <summary>The aim of the initiative.</summary>
    Aim = 1,

    /// <summary>The meetings that were planned.</summary>
    PlannedMeetings = 2,

    /// <summary>The network of practitioners that was planned.</summary>
    Network = 3,

    /// <summary>The consultation process.</summary>
    Consultation = 4,

    /// <summary>Why the plan matters.</summary>
    Significance = 5,
}
