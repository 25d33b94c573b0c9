using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>
/// When a document was adopted, and what says so: the document's own date where a source gives one (the updated plan
/// and the Tashkent Declaration were adopted on 2022-03-03, the first day of a two-day conference), otherwise the dates of
/// the meeting that adopted it (<see cref="IsMeetingDate"/>), with the meeting's sources.
/// </summary>
/// <param name="Date">The day, month, year or span of days of the adoption.</param>
/// <param name="Provenance">The sources and grade of <paramref name="Date"/>.</param>
/// <param name="IsMeetingDate"><see langword="true"/> when no source dates the document itself, so that
/// <paramref name="Date"/> is the meeting's span: the document was adopted on one of its days.</param>
public sealed record DocumentAdoptionDate(KnownDate Date, Provenance Provenance, bool IsMeetingDate)
{
    /// <inheritdoc />
    public override string ToString() => IsMeetingDate ? $"{Date} (the meeting's dates) {Provenance}" : $"{Date} {Provenance}";
}
