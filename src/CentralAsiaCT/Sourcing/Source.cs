using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Sourcing;

/// <summary>A public document that facts of the data set cite.</summary>
/// <param name="Id">The stable source ID, for example <c>S-SEED-FR</c>.</param>
/// <param name="Title">The title of the document, or what it is.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Languages">The languages it is available in, as BCP 47 tags (<c>mul</c> for many).</param>
/// <param name="Address">Where it was read.</param>
public sealed record Source(string Id, string Title, string Publisher, ImmutableArray<string> Languages, Uri Address)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}
