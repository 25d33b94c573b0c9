using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>A dated fact about an entity, such as the UN admission of a state or the founding of an office.</summary>
/// <param name="EntityId">The ID of the entity.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Date">When, as precisely as the source knows it.</param>
/// <param name="Detail">A short detail, if any.</param>
/// <param name="Provenance">The sources that say so.</param>
public sealed record Milestone(string EntityId, MilestoneKind Kind, KnownDate Date, string? Detail, Provenance Provenance) : ISourced
{
    /// <summary>One line: the entity, the kind, the date as the data writes it, the detail and the sources (N14: it
    /// printed as a record dump).</summary>
    /// <returns>For example <c>UNGCTS Adopted 2006-09-08 "by consensus, ..." [S-GA-FR-CTS;...] grade A</c>.</returns>
    public override string ToString() => $"{EntityId} {Kind} {Date}{(Detail is null ? string.Empty : $" \"{Detail}\"")} {Provenance}";
}
