namespace CentralAsiaCT;

/// <summary>The role a state or organisation took in a phase of the project, an event, a plan or a declaration.</summary>
public enum Role
{
    /// <summary>Adopted a Joint Plan of Action (a party to it).</summary>
    Adopter = 1,

    /// <summary>Observer to a Joint Plan of Action.</summary>
    Observer = 2,

    /// <summary>Supported or adopted a declaration.</summary>
    DeclarationSupporter = 3,

    /// <summary>Funded a phase of the project.</summary>
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

    /// <summary>Ran a phase of the project: a source calls the phase its project ("a three year project of CTITF and the UNRCCA").</summary>
    Implementer = 12,
}
