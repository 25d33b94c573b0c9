namespace CentralAsiaCT;

/// <summary>The role a state or organisation took in a phase of the project, an event, a plan or a declaration, or the
/// standing of a state in an organisation. Adopter and observer towards a plan, and member, associate member, observer,
/// partner and participating State of an organisation, are standings held over days (<see cref="Standing"/>).</summary>
public enum Role
{
    /// <summary>Adopted a Joint Plan of Action (a party to it).</summary>
    Adopter = 1,

    /// <summary>Observer to a Joint Plan of Action, or of an organisation (Uzbekistan in the OIC, 1995-1996).</summary>
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

    /// <summary>A member of an organisation (of the United Nations, the CIS, the CSTO, the SCO, the OIC).</summary>
    Member = 13,

    /// <summary>An associate member of an organisation (Turkmenistan in the CIS from 2005).</summary>
    AssociateMember = 14,

    /// <summary>A partner of an organisation that is not a member of it (the partner countries of NATO).</summary>
    Partner = 15,

    /// <summary>A participating State: of the OSCE, which has no members, or of the CIS for a founding state that did
    /// not become a member by its Charter.</summary>
    ParticipatingState = 16,
}
