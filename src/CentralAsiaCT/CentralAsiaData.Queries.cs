using System;
using System.Collections.Immutable;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

// Queries that analysts ask of the process: who, where, when, on which pillar, and on whose word.
public sealed partial class CentralAsiaData
{
    /// <summary>The states that hosted an event, each with the event, in the order of the data package.</summary>
    public ImmutableArray<Participation> Hosts => ParticipationsWithRole(Role.Host);

    /// <summary>The events that covered <paramref name="pillar"/>, in chronological order.</summary>
    /// <param name="pillar">The pillar.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> EventsCovering(Pillar pillar)
    {
        Argument.NotNull(pillar);

        return Timeline.WhereToArray(e => e.Pillars.Contains(pillar));
    }

    /// <summary>The events that took place at <paramref name="place"/>, in chronological order.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> EventsAt(Place place)
    {
        Argument.NotNull(place);

        return Timeline.WhereToArray(e => e.Place?.Id == place.Id);
    }

    /// <summary>The events that <paramref name="state"/> hosted, in chronological order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> EventsHostedBy(State state)
    {
        Argument.NotNull(state);

        return Timeline.WhereToArray(e => IsHost(state, e));
    }

    /// <summary>
    /// The events whose every possible day lies inside <paramref name="interval"/>. An event known only to the month
    /// that the interval cuts through is not certainly inside: find it with <see cref="EventsPossiblyWithin"/>.
    /// </summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> EventsWithin(DateInterval interval)
    {
        Argument.NotNull(interval);

        return Timeline.WhereToArray(e => e.Date.IsCertainlyWithin(interval));
    }

    /// <summary>
    /// The events that may have taken place inside <paramref name="interval"/> but are not certainly inside it: their
    /// dates, known only to the month or year or spanning several days, overlap the interval and reach beyond it.
    /// </summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> EventsPossiblyWithin(DateInterval interval)
    {
        Argument.NotNull(interval);

        return Timeline.WhereToArray(e => e.Date.MayOverlap(interval) && !e.Date.IsCertainlyWithin(interval));
    }

    /// <summary>The events that certainly ended before <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> EventsBefore(LocalDate day) => Timeline.WhereToArray(e => e.Date.IsCertainlyBefore(day));

    /// <summary>The events that certainly started after <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> EventsAfter(LocalDate day) => Timeline.WhereToArray(e => e.Date.IsCertainlyAfter(day));

    /// <summary>The pillars covered by the events that had certainly ended by <paramref name="day"/> (that day included).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The pillars, in the order of their numbers.</returns>
    public ImmutableArray<Pillar> PillarsCoveredBy(LocalDate day) =>
        Pillars.WhereToArray(p => Timeline.HasAny(e => e.Date.Last <= day && e.Pillars.Contains(p)));

    /// <summary>The pillars covered by the events that <paramref name="state"/> hosted.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The pillars, in the order of their numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Pillar> PillarsCoveredInEventsHostedBy(State state)
    {
        var hosted = EventsHostedBy(state);
        return Pillars.WhereToArray(p => hosted.HasAny(e => e.Pillars.Contains(p)));
    }

    /// <summary>The organisations that took <paramref name="role"/> in anything, each once, in the order of the data package.</summary>
    /// <param name="role">The role: funder, coordinator, co-sponsor, stakeholder, developer, ...</param>
    /// <returns>The organisations.</returns>
    public ImmutableArray<Organisation> OrganisationsWithRole(Role role) =>
        Organisations.WhereToArray(o => Participations.HasAny(p => p.Role == role && p.Participant.Id == o.Id));

    /// <summary>The organisations of <paramref name="kind"/>, in the order of the data package.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The organisations.</returns>
    public ImmutableArray<Organisation> OrganisationsOfKind(OrganisationKind kind) => Organisations.WhereToArray(o => o.Kind == kind);

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

        foreach (var entity in _reader.Entities.Values)
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

        foreach (var participation in Participations)
        {
            Take(participation);
        }

        foreach (var erratum in Errata)
        {
            Take(erratum);
        }

        return facts.ToImmutable();
    }

    /// <summary>The errata that correct a claim of <paramref name="source"/>.</summary>
    /// <param name="source">The source whose claims were not taken.</param>
    /// <returns>The errata, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Erratum> ErrataCorrecting(Source source)
    {
        Argument.NotNull(source);

        return Errata.WhereToArray(e => e.ClaimSources.HasAny(s => s.Id == source.Id));
    }

    private bool IsHost(State state, Event e)
    {
        foreach (var participation in Participations)
        {
            if (participation.Role == Role.Host && participation.Participant.Id == state.Id && participation.Target.Id == e.Id)
            {
                return true;
            }
        }

        return false;
    }
}
