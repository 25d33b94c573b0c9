using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// The one computation of standing in time: from the standings one participant holds towards one target (each with the
/// days its sources give, at their precision), the successive stretches of days over which the answer does not change.
/// A start known only to the year makes the days of that year uncertain, not held; the days before the first standing
/// and after the last are not held; a participant with no standing at all is unknown.
/// </summary>
internal static class StandingHistory
{
    /// <summary>Whether a role is a standing held over days (towards a plan or an organisation), rather than a part
    /// taken in an event or a phase.</summary>
    public static bool IsStanding(Role role) =>
        role is Role.Adopter or Role.Observer or Role.Member or Role.AssociateMember or Role.Partner or Role.ParticipatingState;

    /// <summary>The standings of <paramref name="participant"/> towards <paramref name="target"/>, in the order of the data.</summary>
    public static ImmutableArray<Participation> Rows(Entity participant, Entity target)
    {
        // From the shorter list (both are in the order of the package): a state that attended many meetings takes many
        // roles, a plan has a few adopters. Taken from the state's roles alone, StatusOn grew with them on editions 1, 10
        // and 100 times the shipped one: 522 ns, 1.0 µs, 7.1 µs; from the shorter list, 0.49-0.53 µs at every size
        // (issue 34, ScaleBenchmarks).
        var taken = participant.RolesTaken;
        var given = target.RolesIn;
        var rows = ImmutableArray.CreateBuilder<Participation>();
        foreach (var p in taken.Length <= given.Length ? taken : given)
        {
            if (ReferenceEquals(p.Participant, participant) && ReferenceEquals(p.Target, target) && IsStanding(p.Role))
            {
                rows.Add(p);
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>Every stretch from the earliest day to the latest, each ending the day before the next starts.</summary>
    public static ImmutableArray<Standing> Of(Entity participant, Entity target, ImmutableArray<Participation> rows)
    {
        if (rows.IsEmpty)
        {
            return [new Standing(participant, target, StandingKind.Unknown, null, null, null, participant.Provenance)];
        }

        var bounds = new List<Bound>(rows.Length);
        var days = new SortedSet<LocalDate>();
        foreach (var row in rows)
        {
            // A role without a first day is held from the first day of what it is taken in: a plan's adoption (a plan is
            // in force from the first day of the meeting that adopted it).
            var bound = new Bound(row, row.ValidFrom ?? (target.Beginning is { } begins ? KnownDate.OnDay(begins.First) : null), row.ValidTo);
            bounds.Add(bound);
            if (bound.From is { } from)
            {
                days.Add(from.First);
                days.Add(from.Last);
            }

            if (bound.To is { } to)
            {
                days.Add(to.First.PlusDays(1));
                days.Add(to.Last.PlusDays(1));
            }
        }

        // Each stretch runs from one boundary day to the day before the next; the answer is the same on all its days.
        var starts = new List<LocalDate?> { null };
        foreach (var day in days)
        {
            starts.Add(day);
        }

        var result = ImmutableArray.CreateBuilder<Standing>();
        Stretch? open = null;
        for (var i = 0; i < starts.Count; i++)
        {
            var first = starts[i];
            var last = i + 1 < starts.Count ? starts[i + 1]!.Value.PlusDays(-1) : (LocalDate?)null;
            var probe = first ?? last ?? new LocalDate(2000, 1, 1);
            var stretch = Classify(bounds, probe) with { From = first, Until = last };
            if (open is { } current && current.SameAnswerAs(stretch))
            {
                open = current with { Until = last };
                continue;
            }

            if (open is { } done)
            {
                result.Add(done.ToStanding(participant, target));
            }

            open = stretch;
        }

        result.Add(open!.Value.ToStanding(participant, target));
        return result.ToImmutable();
    }

    /// <summary>The stretch of <paramref name="history"/> that holds on <paramref name="day"/>.</summary>
    public static Standing On(ImmutableArray<Standing> history, LocalDate day)
    {
        foreach (var standing in history)
        {
            if (standing.HoldsOn(day))
            {
                return standing;
            }
        }

        // The stretches cover every day, from an open start to an open end.
        throw new System.InvalidOperationException("A standing history leaves a day uncovered.");
    }

    private static Stretch Classify(List<Bound> bounds, LocalDate day)
    {
        var held = new List<Participation>();
        var uncertain = new List<Participation>();
        Bound? before = null;
        Bound? after = null;
        foreach (var bound in bounds)
        {
            if (bound.IsCertainlyHeldOn(day))
            {
                held.Add(bound.Row);
            }
            else if (bound.MayBeHeldOn(day))
            {
                uncertain.Add(bound.Row);
            }
            else if (bound.To is { } to && to.Last < day)
            {
                before = before is { To: { } b } && b.Last >= to.Last ? before : bound;
            }
            else if (bound.From is { } from && from.First > day)
            {
                after = after is { From: { } a } && a.First <= from.First ? after : bound;
            }
        }

        if (held.Count > 0)
        {
            return new Stretch(StandingKind.Held, held[0].Role, [.. held]);
        }

        if (uncertain.Count > 0)
        {
            return new Stretch(StandingKind.Uncertain, null, [.. uncertain]);
        }

        // Not held: the standings that end before these days and start after them are what say so.
        var basis = ImmutableArray.CreateBuilder<Participation>();
        if (before is { } b1)
        {
            basis.Add(b1.Row);
        }

        if (after is { } a1 && !basis.Contains(a1.Row))
        {
            basis.Add(a1.Row);
        }

        return new Stretch(StandingKind.NotHeld, null, basis.ToImmutable());
    }

    private readonly record struct Bound(Participation Row, KnownDate? From, KnownDate? To)
    {
        public bool IsCertainlyHeldOn(LocalDate day) => (From is not { } f || f.Last <= day) && (To is not { } t || day <= t.First);

        public bool MayBeHeldOn(LocalDate day) => (From is not { } f || f.First <= day) && (To is not { } t || day <= t.Last);
    }

    private readonly record struct Stretch(StandingKind Kind, Role? Role, ImmutableArray<Participation> Basis)
    {
        public LocalDate? From { get; init; }

        public LocalDate? Until { get; init; }

        public bool SameAnswerAs(Stretch other)
        {
            if (Kind != other.Kind || Role != other.Role || Basis.Length != other.Basis.Length)
            {
                return false;
            }

            for (var i = 0; i < Basis.Length; i++)
            {
                if (!ReferenceEquals(Basis[i], other.Basis[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public Standing ToStanding(Entity participant, Entity target)
        {
            var provenance = Basis.IsEmpty
                ? participant.Provenance
                : Basis.Length == 1 ? Basis[0].Provenance : Provenance.Combined(Basis.Map(static p => p.Provenance));
            return new Standing(participant, target, Kind, Role, From, Until, provenance);
        }
    }
}
