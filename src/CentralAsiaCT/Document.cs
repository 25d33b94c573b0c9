using CentralAsiaCT.Building;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// A document adopted at an event of the project: a <see cref="JointPlanOfAction"/> or a <see cref="Declaration"/>.
/// The General Assembly's resolutions that review the Strategy are <see cref="Review"/>s: they are adopted in the
/// Assembly, not at an event of the project.
/// </summary>
public abstract class Document : Entity
{
    private readonly Deferred<Initiative>? _initiative;
    private readonly Deferred<Event> _adoptedAt;

    private protected Document(string id, EntityFacts facts, Deferred<Initiative>? initiative, Deferred<Event> adoptedAt, int? participantCount, DocumentAdoptionDate adoptionDate)
        : base(id, facts)
    {
        _initiative = initiative;
        _adoptedAt = adoptedAt;
        ParticipantCount = participantCount;
        AdoptionDate = adoptionDate;
    }

    /// <summary>The phase of the project that produced the document, when a source says so (no source places the 2017
    /// and 2022 documents in a phase: <see langword="null"/>).</summary>
    public Initiative? Initiative => _initiative?.Value;

    /// <summary>The meeting at which the document was adopted.</summary>
    public Event AdoptedAt => _adoptedAt.Value;

    /// <summary>The date of adoption: the document's own where a source gives it, otherwise the dates of
    /// <see cref="AdoptedAt"/> (see <see cref="AdoptionDate"/> for which, and its sources).</summary>
    public KnownDate AdoptedOn => AdoptionDate.Date;

    /// <summary>The date of adoption with its sources and grade, and whether it is the document's own or the meeting's.</summary>
    public DocumentAdoptionDate AdoptionDate { get; }

    /// <summary>A role in a document without a first day of its own is taken from its adoption.</summary>
    internal override KnownDate? Beginning => AdoptedOn;

    /// <summary>How many participants adopted it, when a source gives the number.</summary>
    public int? ParticipantCount { get; }

    /// <summary>The symbol of the United Nations document that circulated it (the Tashkent Declaration as A/76/751),
    /// when a source gives it: the symbol of its circulation, not one the document bore when it was adopted.</summary>
    public string? CirculatedAs { get; internal init; }
}
