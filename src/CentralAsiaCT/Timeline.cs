using System;
using System.Collections.Immutable;
using CentralAsiaCT.Building;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Every event of an edition, in chronological order (then by their ordinal), with the questions asked of them: when,
/// where, hosted by whom, on which pillar. Dates known only to the month or the year, or spanning several days, are
/// answered honestly: "within" means certainly within, and "possibly within" lists the rest.
/// </summary>
public sealed class Timeline : EntitySet<Event>
{
    internal Timeline(DataSetReader reader)
        : base("event", reader, static r => r.Timeline)
    {
    }

    /// <summary>The events that covered <paramref name="pillar"/>.</summary>
    /// <param name="pillar">The pillar.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pillar"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> Covering(Pillar pillar)
    {
        Argument.NotNull(pillar);

        return Where(e => e.Pillars.Contains(pillar));
    }

    /// <summary>The events that took place at <paramref name="place"/>.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> At(Place place)
    {
        Argument.NotNull(place);

        return Where(e => e.Place?.Id == place.Id);
    }

    /// <summary>The events of <paramref name="kind"/> (the workshops, the trainings, the conferences, ...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> OfKind(EventKind kind) => Where(e => e.Kind == kind);

    /// <summary>The events certainly held in <paramref name="year"/>: every day they can be falls in it (an event known
    /// only to the month or the year counts in its year). A year the calendar cannot hold has none.</summary>
    /// <param name="year">The year, for example 2014.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> InYear(int year) =>
        year is < 1 or > 9999 ? ImmutableArray<Event>.Empty : Within(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));

    /// <summary>The events that <paramref name="state"/> hosted, as a source says (a host role).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> HostedBy(State state)
    {
        Argument.NotNull(state);

        var roles = state.RolesTaken;
        return Where(e => roles.HasAny(p => p.Role == Role.Host && ReferenceEquals(p.Target, e)));
    }

    /// <summary>
    /// The events whose every possible day lies inside <paramref name="interval"/>. An event known only to the month
    /// that the interval cuts through is not certainly inside: find it with <see cref="PossiblyWithin"/>.
    /// </summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> Within(DateInterval interval)
    {
        Argument.NotNull(interval);

        return Where(e => e.Date.IsCertainlyWithin(interval));
    }

    /// <summary>
    /// The events that may have taken place inside <paramref name="interval"/> but are not certainly inside it: their
    /// dates, known only to the month or year or spanning several days, overlap the interval and reach beyond it.
    /// </summary>
    /// <param name="interval">The days, both ends included.</param>
    /// <returns>The events, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Event> PossiblyWithin(DateInterval interval)
    {
        Argument.NotNull(interval);

        return Where(e => e.Date.MayOverlap(interval) && !e.Date.IsCertainlyWithin(interval));
    }

    /// <summary>The events that certainly ended before <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> Before(LocalDate day) => Where(e => e.Date.IsCertainlyBefore(day));

    /// <summary>The events that certainly started after <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The events, in chronological order.</returns>
    public ImmutableArray<Event> After(LocalDate day) => Where(e => e.Date.IsCertainlyAfter(day));

    /// <summary>The pillars covered by the events that had certainly ended by <paramref name="day"/> (that day included).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The pillars, in the order of their numbers.</returns>
    public ImmutableArray<Pillar> PillarsCoveredBy(LocalDate day)
    {
        var events = Items;
        return Reader.Strategy.Pillars.WhereToArray(p => events.HasAny(e => e.Date.Last <= day && e.Pillars.Contains(p)));
    }

    /// <summary>The pillars covered by the events that <paramref name="state"/> hosted.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The pillars, in the order of their numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Pillar> PillarsCoveredInEventsHostedBy(State state)
    {
        var hosted = HostedBy(state);
        return Reader.Strategy.Pillars.WhereToArray(p => hosted.HasAny(e => e.Pillars.Contains(p)));
    }
}
