using System;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Where a state or organisation stands towards a plan or an organisation over a stretch of days, and which sources say
/// so: the answer of <see cref="Entity.StandingTowards(Entity, LocalDate)"/>, and one step of
/// <see cref="Entity.StandingsTowards(Entity)"/>, which walks a participant's whole history towards a target the way
/// NodaTime's <c>GetZoneIntervals</c> walks a time zone's. Every other answer about standing in time (a plan's status on
/// a day, an organisation's members on a day) is derived from it.
/// </summary>
public sealed record Standing
{
    internal Standing(Entity participant, Entity target, StandingKind kind, Role? role, LocalDate? from, LocalDate? until, Provenance provenance)
    {
        if (from is { } first && until is { } last && last < first)
        {
            throw new ArgumentException($"A standing cannot end ({Dating.IsoDateText.Format(last)}) before it starts ({Dating.IsoDateText.Format(first)}).", nameof(until));
        }

        if ((kind == StandingKind.Held) != role.HasValue)
        {
            throw new ArgumentException("A held standing has a role, and only a held one.", nameof(role));
        }

        Participant = participant;
        Target = target;
        Kind = kind;
        Role = role;
        From = from;
        Until = until;
        Provenance = provenance;
    }

    /// <summary>The state or organisation.</summary>
    public Entity Participant { get; }

    /// <summary>The plan or organisation it stands towards.</summary>
    public Entity Target { get; }

    /// <summary>Held, not held, uncertain (a start or end known only to the month or year) or unknown (no source).</summary>
    public StandingKind Kind { get; }

    /// <summary>The role held (adopter, observer, member, associate member, partner, participating State) when
    /// <see cref="Kind"/> is <see cref="StandingKind.Held"/>; otherwise <see langword="null"/>.</summary>
    public Role? Role { get; }

    /// <summary>The first day of the stretch; <see langword="null"/> when it reaches back without a known start.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day of the stretch; <see langword="null"/> while it lasts (no source ends it).</summary>
    public LocalDate? Until { get; }

    /// <summary>What the answer rests on, with the weakest grade among it: the roles that are held, start or end around
    /// these days, or bound them; for <see cref="StandingKind.Unknown"/>, the participant's own row.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether <paramref name="day"/> lies within the stretch.</summary>
    /// <param name="day">A day.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="Until"/>, open ends included.</returns>
    public bool HoldsOn(LocalDate day) => (From is not { } first || first <= day) && (Until is not { } last || day <= last);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Participant.Id} {(Role is { } role ? role.ToString() : Kind.ToString())} {Target.Id} {Day(From)}..{Day(Until)} {Provenance}";

    private static string Day(LocalDate? day) => day is { } d ? Dating.IsoDateText.Format(d) : string.Empty;
}
