using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT;

/// <summary>Every source that a fact of an edition cites, in the order of the data package, found by ID (case does not
/// matter), with what each is cited for.</summary>
public sealed class SourceList : RecordList<Source>
{
    private Dictionary<string, Source>? _byId;

    internal SourceList(DataSetReader reader)
        : base(reader, static r => r.Sources)
    {
    }

    /// <summary>The source with the given ID, ignoring case.</summary>
    /// <param name="id">The ID, for example <c>S-SEED-FR</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No source has that ID; the message names it.</exception>
    public Source Get(string id) =>
        TryGet(id, out var source) ? source : throw new KeyNotFoundException($"The data set holds no source with ID '{Quoted.Input(id)}'.");

    /// <summary>Finds a source by its ID, ignoring case.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns><see langword="true"/> when this edition holds a source with that ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Source source)
    {
        Argument.NotNull(id);

        var byId = OnFirstUse.Get(ref _byId, Items, static sources =>
        {
            var index = new Dictionary<string, Source>(sources.Length, StringComparer.OrdinalIgnoreCase);
            foreach (var s in sources)
            {
                index[s.Id] = s;
            }

            return index;
        });
        return byId.TryGetValue(id.Trim(), out source!);
    }

    /// <summary>
    /// Everything that <paramref name="source"/> is cited for: entities, names, milestones, statements, roles, pillars of
    /// events, claims about events and errata (as the source of the value taken).
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns>The facts, grouped by kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ImmutableArray<ISourced> FactsCiting(Source source)
    {
        Argument.NotNull(source);

        var facts = ImmutableArray.CreateBuilder<ISourced>();
        void Take(ISourced fact)
        {
            foreach (var cited in fact.Provenance.Sources)
            {
                if (cited.Id == source.Id)
                {
                    facts.Add(fact);
                    return;
                }
            }
        }

        foreach (var entity in Reader.Entities.Values)
        {
            Take(entity);
            foreach (var name in entity.Names)
            {
                Take(name);
            }

            foreach (var milestone in entity.Milestones)
            {
                Take(milestone);
            }

            foreach (var statement in entity.Statements)
            {
                Take(statement);
            }

            if (entity is Event e)
            {
                foreach (var coverage in e.PillarCoverage)
                {
                    Take(coverage);
                }

                foreach (var claim in e.Claims)
                {
                    Take(claim);
                }
            }
        }

        foreach (var participation in Reader.Participations)
        {
            Take(participation);
        }

        foreach (var erratum in Reader.Errata)
        {
            Take(erratum);
        }

        return facts.ToImmutable();
    }
}
