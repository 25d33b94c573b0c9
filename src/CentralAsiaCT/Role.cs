namespace CentralAsiaCT;

/// <summary>The role a state or organisation took in the initiative, an event, the plan or the declaration.</summary>
public enum Role
{
    /// <summary>Adopted the Joint Plan of Action.</summary>
    Adopter = 1,

    /// <summary>Observer to the Joint Plan of Action.</summary>
    Observer = 2,

    /// <summary>Supported the Final Declaration of the high-level meeting.</summary>
    DeclarationSupporter = 3,

    /// <summary>Funded the initiative.</summary>
    Funder = 4,

    /// <summary>Coordinated the initiative.</summary>
    Coordinator = 5,

    /// <summary>Co-sponsored an expert meeting.</summary>
    CoSponsor = 6,

    /// <summary>Hosted an event on its territory.</summary>
    Host = 7,

    /// <summary>Attended an event.</summary>
    Attendee = 8,

    /// <summary>A stakeholder the initiative set out to bring together.</summary>
    Stakeholder = 9,

    /// <summary>Developed the initiative.</summary>
    Developer = 10,

    /// <summary>Organised an event.</summary>
    Organiser = 11,
}
