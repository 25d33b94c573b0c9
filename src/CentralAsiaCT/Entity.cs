using System;
using System.Collections.Immutable;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>Anything of the data set that has a stable ID, names and sources: a state, an organisation, an event, ...</summary>
public abstract class Entity : ISourced
{
    // Names, milestones and statements come from the edition's store when first asked for. An entity has identity, not
    // value equality: each is one instance in its edition, so it equals itself and nothing of another edition, even one
    // read from the same files (compare editions with CentralAsiaData.ChangesSince).
    private readonly IEditionFacts _store;

    private protected Entity(string id, EntityFacts facts)
    {
        Id = id;
        _store = facts.Store;
        Provenance = facts.Provenance;
    }

    private protected IEditionFacts Store => _store;

    /// <summary>The errata about this entity, for its card.</summary>
    internal ImmutableArray<Sourcing.Erratum> ErrataAbout => _store.ErrataAbout(Id);

    /// <summary>The stable ID of the entity, never reused (for states, the ISO 3166-1 alpha-3 code).</summary>
    public string Id { get; }

    /// <summary>Every name of the entity in every language and kind, each with its sources.</summary>
    public ImmutableArray<Name> Names => _store.NamesOf(Id);

    /// <summary>Dated facts about the entity: adoption, establishment, admission to the UN, change of name.</summary>
    public ImmutableArray<Milestone> Milestones => _store.MilestonesOf(Id);

    /// <summary>Short sourced statements about the entity (its aim, its significance), in the language of their source.</summary>
    public ImmutableArray<Statement> Statements => _store.StatementsOf(Id);

    /// <summary>The roles this entity took, as a state or an organisation (funder of an initiative, adopter of a plan,
    /// host of a meeting), in the order of the data package; empty for other kinds.</summary>
    public ImmutableArray<Participation> RolesTaken => _store.RolesTakenBy(Id);

    /// <summary>The roles taken in this entity (an initiative's funders, a plan's adopters and observers, a meeting's
    /// host and attendees), in the order of the data package.</summary>
    public ImmutableArray<Participation> RolesIn => _store.RolesIn(Id);

    /// <summary>The sources that attest the entity and its main facts.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// Finds the name in force in <paramref name="language"/>: the official name, else the official short name, else
    /// (where the data holds neither in that language) an alias, the name its sources use (the EU's only Russian name,
    /// "Европейский союз"): <see cref="Name.Kind"/> says which. There is no fallback to another language, nor to an
    /// acronym, a former or an erroneous form: when the data holds no such name, the answer is false.
    /// </summary>
    /// <param name="language">A BCP 47 language tag such as <c>en</c>, <c>fr</c> or <c>ru</c> (case does not matter).</param>
    /// <param name="name">The name, when found.</param>
    /// <returns><see langword="true"/> when the data holds a name in force in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public bool TryGetName(string language, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Name name)
    {
        Argument.NotNull(language);

        Name? best = null;
        foreach (var candidate in Names)
        {
            // Official beats short, short beats alias; of two of a kind, the first in the data.
            if (candidate.ValidTo is null
                && Rank(candidate.Kind) < Rank(best?.Kind)
                && string.Equals(candidate.Language, language.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                best = candidate;
                if (candidate.Kind == NameKind.Official)
                {
                    break;
                }
            }
        }

        name = best!;
        return best is not null;
    }

    private static int Rank(NameKind? kind) => kind switch
    {
        NameKind.Official => 0,
        NameKind.Short => 1,
        NameKind.Alias => 2,
        null => 4,
        _ => 3,
    };

    /// <summary>The name in force in <paramref name="language"/>, as <see cref="TryGetName"/> finds it.</summary>
    /// <param name="language">A BCP 47 language tag such as <c>en</c>, <c>fr</c> or <c>ru</c>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The data holds no name of this entity in that language.</exception>
    public Name GetName(string language) =>
        TryGetName(language, out var name)
            ? name
            : throw new System.Collections.Generic.KeyNotFoundException($"The data set holds no name in '{Quoted.Input(language)}' for '{Id}'.");

    /// <summary>
    /// Finds the name that was in force on <paramref name="date"/> in <paramref name="language"/>: the official name,
    /// else the official short name, else a former name, among those whose known validity covers that day. The
    /// Organisation of Islamic Cooperation, asked for 2010, gives "Organisation of the Islamic Conference". No fallback
    /// to another language.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="language">A BCP 47 language tag such as <c>en</c>, <c>fr</c> or <c>ru</c> (case does not matter).</param>
    /// <param name="name">The name, when found.</param>
    /// <returns><see langword="true"/> when the data holds a name in that language in force that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public bool TryGetNameAt(LocalDate date, string language, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Name name)
    {
        Argument.NotNull(language);

        Name? best = null;
        foreach (var candidate in Names)
        {
            if (candidate.Kind is NameKind.Official or NameKind.Short or NameKind.Former
                && candidate.IsInForceOn(date)
                && string.Equals(candidate.Language, language.Trim(), StringComparison.OrdinalIgnoreCase)
                && (best is null || candidate.Kind < best.Kind))
            {
                best = candidate;
            }
        }

        name = best!;
        return best is not null;
    }

    /// <summary>The name in force on <paramref name="date"/> in <paramref name="language"/>, as <see cref="TryGetNameAt"/> finds it.</summary>
    /// <param name="date">The day.</param>
    /// <param name="language">A BCP 47 language tag.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The data holds no name of this entity in that language in force that day.</exception>
    public Name NameAt(LocalDate date, string language) =>
        TryGetNameAt(date, language, out var name)
            ? name
            : throw new System.Collections.Generic.KeyNotFoundException($"The data set holds no name in '{Quoted.Input(language)}' in force on {Dating.IsoDateText.Format(date)} for '{Id}'.");

    /// <summary>This entity as Markdown: a heading, then its facts, names, milestones and statements as tables, each
    /// row with its sources.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => Reporting.EntityCard.ToMarkdown(this);

    /// <summary>This entity as an HTML fragment (the tables of <see cref="ToMarkdown"/>, every text HTML-encoded); the
    /// notebook extension of the package shows entities this way.</summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml() => Reporting.EntityCard.ToHtml(this);

    /// <inheritdoc />
    public sealed override string ToString() => TryGetName("en", out var name) ? $"{Id} ({name.Text})" : Id;
}
