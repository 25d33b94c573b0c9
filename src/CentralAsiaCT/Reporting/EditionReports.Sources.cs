using System.Collections.Immutable;
using System;
using CentralAsiaCT.Building;

namespace CentralAsiaCT.Reporting;

/// <content>The sources of the edition and of one entity as tables: who published each, where it was read, and for
/// which facts.</content>
public sealed partial class EditionReports
{
    /// <summary>The sources that facts of this edition cite.</summary>
    /// <returns>Columns <c>ID</c>, <c>Title</c>, <c>Publisher</c> (of the text), <c>Publisher kind</c> (official or
    /// secondary), <c>Languages</c>, <c>Address</c> (where it was
    /// read), <c>Copy</c> (archive, reproduction or mirror, when the address is a copy) and <c>Original address</c> (the
    /// publisher's own, where known).</returns>
    public FactTable SourcesTable()
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>(_data.Sources.Count);
        foreach (var source in _data.Sources)
        {
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(source.Id, source.Title, source.Publisher, source.PublisherKind is { } kind ? Vocabulary.Word(kind) : null, string.Join(";", source.Languages), source.AddressText, CopyWord(source), source.OriginalAddressText),
                null));
        }

        return new FactTable("Sources", ImmutableArray.Create("ID", "Title", "Publisher", "Publisher kind", "Languages", "Address", "Copy", "Original address"), rows.MoveToImmutable())
        {
            Fields = ImmutableArray.Create("id", "title", "publisher", "publisher_kind", "languages", "address", "copy", "original_address"),
            ListFields = ImmutableArray.Create("languages"),
        };
    }

    /// <summary>
    /// Every source cited by a fact about <paramref name="entity"/>: the entity itself, its names, milestones and
    /// statements, the roles it took or that were taken in it, the pillars and claims of an event, and its errata.
    /// The column <c>Cited for</c> says which facts cite each source.
    /// </summary>
    /// <param name="entity">An entity of this edition.</param>
    /// <returns>Columns <c>ID</c>, <c>Title</c>, <c>Publisher</c>, <c>Address</c>, <c>Copy</c>, <c>Original address</c>, <c>Cited for</c> (each fact with the
    /// source's quote), one row per source in the order of <see cref="CentralAsiaData.Sources"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public FactTable SourcesTableOf(Entity entity)
    {
        Argument.NotNull(entity);

        var citations = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>>(StringComparer.Ordinal);
        void Cite(Sourcing.Provenance provenance, string fact)
        {
            foreach (var source in provenance.Sources)
            {
                if (!citations.TryGetValue(source.Id, out var facts))
                {
                    citations.Add(source.Id, facts = new System.Collections.Generic.List<string>());
                }

                // Each fact with the words of this source it is cited for, so that a reader can find them in the source.
                var quote = provenance.QuoteOf(source);
                var cited = quote is null ? fact : $"{fact}: \"{quote}\"";
                if (!facts.Contains(cited))
                {
                    facts.Add(cited);
                }
            }
        }

        Cite(entity.Provenance, "the entity");
        foreach (var name in entity.Names)
        {
            Cite(name.Provenance, $"name \"{name.Text}\" ({name.Language}, {Vocabulary.Word(name.Kind)})");
        }

        foreach (var milestone in entity.Milestones)
        {
            Cite(milestone.Provenance, $"{Vocabulary.Word(milestone.Kind)} {milestone.Date}");
        }

        foreach (var statement in entity.Statements)
        {
            Cite(statement.Provenance, $"statement on {Vocabulary.Word(statement.Topic)} ({statement.Language})");
        }

        foreach (var participation in _data.Participations)
        {
            if (participation.Participant == entity || participation.Target == entity)
            {
                Cite(participation.Provenance, $"{participation.Participant.Id} {Vocabulary.Word(participation.Role)} in {participation.Target.Id}");
            }
        }

        if (entity is Event e)
        {
            foreach (var coverage in e.PillarCoverage)
            {
                Cite(coverage.Provenance, $"pillar {coverage.Pillar.Number}");
            }

            foreach (var claim in e.Claims)
            {
                Cite(claim.Provenance, "a claim about the event");
            }
        }

        foreach (var erratum in _data.Errata.About(entity))
        {
            Cite(erratum.Provenance, $"erratum {erratum.Id} (value taken)");
            foreach (var source in erratum.ClaimSources)
            {
                Cite(new Sourcing.Provenance(ImmutableArray.Create(source), erratum.Provenance.Grade), $"erratum {erratum.Id} (claim)");
            }
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var source in _data.Sources)
        {
            if (citations.TryGetValue(source.Id, out var facts))
            {
                rows.Add(new FactRow(ImmutableArray.Create<string?>(source.Id, source.Title, source.Publisher, source.AddressText, CopyWord(source), source.OriginalAddressText, string.Join("; ", facts)), null));
            }
        }

        return new FactTable($"Sources of the facts about {entity.Id}", ImmutableArray.Create("ID", "Title", "Publisher", "Address", "Copy", "Original address", "Cited for"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "title", "publisher", "address", "copy", "original_address", "cited_for"),
        };
    }

    // A reader judging a source needs to know whether the address is its publisher's or a copy's, and of which kind.
    private static string? CopyWord(Sourcing.Source source) => source.Copy is { } copy ? Vocabulary.Word(copy) : null;
}
