using System.Collections.Immutable;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>The organisations of an edition, in the order of the data package, found by acronym or name in any
/// language (OTSC and CSTO, OTAN and NATO, ONU and UN), former name or erroneous form of a source ("CIE").</summary>
public sealed class OrganisationSet : EntitySet<Organisation>
{
    internal OrganisationSet(DataSetReader reader)
        : base("organisation", reader, static r => r.Organisations)
    {
    }

    /// <summary>The organisations of one kind, in the order of the data package.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The organisations.</returns>
    public ImmutableArray<Organisation> OfKind(OrganisationKind kind) => Where(o => o.Kind == kind);

    /// <summary>The organisations that took <paramref name="role"/> anywhere (a funder of any phase, a supporter of any
    /// declaration), in the order of the data package.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The organisations.</returns>
    public ImmutableArray<Organisation> WithRole(Role role)
    {
        var participations = Reader.Participations;
        return Where(o => participations.HasAny(p => p.Role == role && ReferenceEquals(p.Participant, o)));
    }
}
