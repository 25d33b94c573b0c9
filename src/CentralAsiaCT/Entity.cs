using System.Collections.Generic;
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

    // The store's answers, kept once asked: the store answers from a concurrent dictionary keyed by ID, 13-19 ns a warm
    // read; kept here, 0.28-0.32 ns (issue 34, WarmFactsBenchmarks). An ImmutableArray is one reference, so
    // a read never sees half a write, and the store gives every caller the same array, so two threads that ask at once
    // keep the same answer.
    private ImmutableArray<Name> _names;
    private ImmutableArray<Participation> _rolesTaken;
    private ImmutableArray<Participation> _rolesIn;

    private protected Entity(string id, EntityFacts facts)
    {
        Id = id;
        _store = facts.Store;
        Provenance = facts.Provenance;
    }

    private protected IEditionFacts Store => _store;

    /// <summary>The columns its kind declares, with its cells, for an entity of a kind added through the registry.</summary>
    internal ImmutableArray<KeyValuePair<string, string?>> DeclaredCells => _store.DeclaredCellsOf(Id);

    /// <summary>The errata about this entity, for its card.</summary>
    internal ImmutableArray<Sourcing.Erratum> ErrataAbout => _store.ErrataAbout(Id);

    /// <summary>The stable ID of the entity, never reused (for states, the ISO 3166-1 alpha-3 code).</summary>
    public string Id { get; }

    /// <summary>Every name of the entity in every language and kind, each with its sources.</summary>
    public ImmutableArray<Name> Names => _names.IsDefault ? _names = _store.NamesOf(Id) : _names;

    /// <summary>Dated facts about the entity: adoption, establishment, admission to the UN, change of name.</summary>
    public ImmutableArray<Milestone> Milestones => _store.MilestonesOf(Id);

    /// <summary>Short sourced statements about the entity (its aim, its significance), in the language of their source.</summary>
    public ImmutableArray<Statement> Statements => _store.StatementsOf(Id);

    /// <summary>The roles this entity took, as a state or an organisation (funder of an initiative, adopter of a plan,
    /// host of a meeting), in the order of the data package; empty for other kinds.</summary>
    public ImmutableArray<Participation> RolesTaken => _rolesTaken.IsDefault ? _rolesTaken = _store.RolesTakenBy(Id) : _rolesTaken;

    /// <summary>The roles taken in this entity (an initiative's funders, a plan's adopters and observers, a meeting's
    /// host and attendees), in the order of the data package.</summary>
    public ImmutableArray<Participation> RolesIn => _rolesIn.IsDefault ? _rolesIn = _store.RolesIn(Id) : _rolesIn;

    /// <summary>The sources that attest the entity and its main facts.</summary>
    public Provenance Provenance { get; }

    /// <summary>The first day roles can be taken in this entity, for a role whose sources give no first day of its own
    /// (a plan's adoption); <see langword="null"/> for an entity that has none.</summary>
    internal virtual Dating.KnownDate? Beginning => null;

    /// <summary>
    /// Where this state or organisation stood towards <paramref name="target"/> (a plan, an organisation) on
    /// <paramref name="day"/>: the standing held (adopter, observer, member, associate member, partner, participating
    /// State), not held, uncertain (a start or end the sources give only to the month or year) or unknown (no source);
    /// over which days that answer holds; and the sources and weakest grade it rests on. The one function of standing in
    /// time: the plans' status and the organisations' rosters are derived from it.
    /// </summary>
    /// <param name="target">A plan or an organisation of the same edition.</param>
    /// <param name="day">The day.</param>
    /// <returns>The stretch of <see cref="StandingsTowards(Entity)"/> that holds on that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public Standing StandingTowards(Entity target, LocalDate day) => StandingHistory.On(StandingsTowards(target), day);

    /// <summary>
    /// Every stretch of this participant's standing towards <paramref name="target"/>, in order, from a stretch with no
    /// start to one with no end, each ending the day before the next starts: joined, left, rejoined, suspended, or
    /// changed its standing, as the sources date it.
    /// </summary>
    /// <param name="target">A plan or an organisation of the same edition.</param>
    /// <returns>The stretches; a single <see cref="StandingKind.Unknown"/> one when no source gives any standing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Standing> StandingsTowards(Entity target)
    {
        Argument.NotNull(target);

        return StandingHistory.Of(this, target, StandingHistory.Rows(this, target));
    }

    /// <summary>The stretches of <see cref="StandingsTowards(Entity)"/> that overlap <paramref name="span"/>, in order.</summary>
    /// <param name="target">A plan or an organisation of the same edition.</param>
    /// <param name="span">The days asked about.</param>
    /// <returns>The stretches, each whole (a stretch may begin before the span or end after it).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ImmutableArray<Standing> StandingsTowards(Entity target, DateInterval span)
    {
        Argument.NotNull(span);

        return StandingsTowards(target).WhereToArray(s => (s.From is not { } first || first <= span.End) && (s.Until is not { } last || span.Start <= last));
    }

    /// <summary>This participant's standing on <paramref name="day"/> towards every plan and organisation a source gives it
    /// a standing in, in the order of the data: held, not held (left, or not yet joined) or uncertain. Where a state
    /// belonged on a day is the held ones.</summary>
    /// <param name="day">The day.</param>
    /// <returns>One standing per target.</returns>
    public ImmutableArray<Standing> StandingsOn(LocalDate day)
    {
        var result = ImmutableArray.CreateBuilder<Standing>();
        var seen = new System.Collections.Generic.List<Entity>();
        foreach (var p in RolesTaken)
        {
            if (StandingHistory.IsStanding(p.Role) && !seen.Contains(p.Target))
            {
                seen.Add(p.Target);
                result.Add(StandingTowards(p.Target, day));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Who held a standing towards this plan or organisation on <paramref name="day"/>, and whose standing is uncertain
    /// that day, as the sources date them; over which days that list holds; and the sources, quotes and weakest grade
    /// it rests on. Derived from each participant's <see cref="StandingTowards(Entity, LocalDate)"/>.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The roster; empty lists when no source gives anyone a standing that day.</returns>
    public Roster RosterOn(LocalDate day)
    {
        var participants = new System.Collections.Generic.List<Entity>();
        foreach (var p in RolesIn)
        {
            if (StandingHistory.IsStanding(p.Role) && !participants.Contains(p.Participant))
            {
                participants.Add(p.Participant);
            }
        }

        var standings = ImmutableArray.CreateBuilder<Standing>(participants.Count);
        foreach (var participant in participants)
        {
            standings.Add(participant.StandingTowards(this, day));
        }

        return new Roster(this, day, standings.MoveToImmutable());
    }

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
