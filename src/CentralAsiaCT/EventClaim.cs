using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>
/// What one source says of an event (its date, place or pillar), kept even where the data takes another value: the
/// seed page, for example, dates the expert meetings only to the month.
/// </summary>
/// <param name="Date">The date the source gives, at the precision it gives it; <see langword="null"/> when it gives none.</param>
/// <param name="Place">The place the source gives, if any.</param>
/// <param name="Pillar">The pillar the source gives, if any.</param>
/// <param name="Evidence">A few words of the source.</param>
/// <param name="Provenance">The source that makes the claim.</param>
public sealed record EventClaim(KnownDate? Date, Place? Place, Pillar? Pillar, string Evidence, Provenance Provenance) : ISourced;
