using System;
using System.Collections.Immutable;
using CentralAsiaCT.Building;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>The claims of sources that an edition does not take, each with the value taken and the evidence, in the
/// order of the data package.</summary>
public sealed class ErrataList : RecordList<Erratum>
{
    internal ErrataList(DataSetReader reader)
        : base(reader, static r => r.Errata)
    {
    }

    /// <summary>The errata about <paramref name="entity"/>: the claims of sources about it that the data does not take.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The errata, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Erratum> About(Entity entity)
    {
        Argument.NotNull(entity);

        return Where(e => e.EntityId == entity.Id);
    }

    /// <summary>The errata that correct a claim of <paramref name="source"/>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The errata, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Erratum> Correcting(Source source)
    {
        Argument.NotNull(source);

        return Where(e => e.ClaimSources.HasAny(s => s.Id == source.Id));
    }
}
