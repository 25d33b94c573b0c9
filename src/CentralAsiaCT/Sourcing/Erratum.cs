using System.Collections.Immutable;

namespace CentralAsiaCT.Sourcing;

/// <summary>
/// A claim of a source that the data set does not take, kept beside the value that is taken and the evidence for it,
/// so that nothing a source says is silently overwritten.
/// </summary>
/// <param name="Id">The erratum ID (E1, E2, ...); an ID covering several entities appears once per entity.</param>
/// <param name="EntityId">The ID of the entity the claim is about.</param>
/// <param name="Field">What the claim is about, for example <c>pillars</c> or <c>name (fr)</c>.</param>
/// <param name="Claim">What the source claims.</param>
/// <param name="ClaimSources">The sources that make the claim; empty when the claimant is not in the data set's sources.</param>
/// <param name="Taken">The value that the data set takes instead.</param>
/// <param name="Evidence">Why the value taken is preferred.</param>
/// <param name="Provenance">The sources of the value taken.</param>
public sealed record Erratum(
    string Id,
    string EntityId,
    string Field,
    string Claim,
    ImmutableArray<Source> ClaimSources,
    string Taken,
    string Evidence,
    Provenance Provenance) : ISourced
{
    /// <summary>Each source of the claim with the words of it that say the claim, in the order of <see cref="ClaimSources"/>.</summary>
    public ImmutableArray<Citation> ClaimCitations { get; init; } = ImmutableArray<Citation>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {EntityId} {Field}: claimed \"{Claim}\", taken \"{Taken}\"";
}
