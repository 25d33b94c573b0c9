using System.Collections.Immutable;
using System.Linq;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// Who stood towards a plan or an organisation on a day (its parties and observers, its members, associate members,
/// partners or participating States), whose standing is uncertain that day, over which days that list holds, and the
/// sources it rests on: the answer of <see cref="Entity.RosterOn"/>, derived from each participant's
/// <see cref="Entity.StandingTowards(Entity, LocalDate)"/>.
/// </summary>
public sealed record Roster
{
    internal Roster(Entity target, LocalDate day, ImmutableArray<Standing> standings)
    {
        Target = target;
        Day = day;
        Held = standings.WhereToArray(static s => s.Kind == StandingKind.Held);
        Uncertain = standings.WhereToArray(static s => s.Kind == StandingKind.Uncertain);

        // The list holds while no participant's standing changes: the days every participant's stretch shares.
        LocalDate? from = null;
        LocalDate? until = null;
        foreach (var standing in standings)
        {
            from = standing.From is { } f && (from is null || f > from) ? f : from;
            until = standing.Until is { } u && (until is null || u < until) ? u : until;
        }

        From = from;
        Until = until;
        Provenance = standings.IsEmpty
            ? target.Provenance
            : Provenance.Combined(standings.Map(static s => s.Provenance));
    }

    /// <summary>The plan or organisation.</summary>
    public Entity Target { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The standings held that day, one per participant, in the order of the data (the role of each says
    /// which: member, associate member, partner, ...).</summary>
    public ImmutableArray<Standing> Held { get; }

    /// <summary>The participants whose standing starts or ends around that day on a date the sources give only to the
    /// month or year: neither in nor out.</summary>
    public ImmutableArray<Standing> Uncertain { get; }

    /// <summary>The first day the list holds; <see langword="null"/> when it reaches back without a known start.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day the list holds; <see langword="null"/> while it lasts.</summary>
    public LocalDate? Until { get; }

    /// <summary>What the list rests on: every participant's standing that day (held, uncertain, or not held as its
    /// sources date it), each source with its quotes, and the weakest grade among them; the target's own row when no
    /// source gives anyone a standing.</summary>
    public Provenance Provenance { get; }

    /// <summary>The participants holding a standing that day, in the order of the data.</summary>
    public ImmutableArray<Entity> Participants => Held.Map(static s => s.Participant);

    /// <summary>Whether <paramref name="day"/> lies within the days the list holds.</summary>
    /// <param name="day">A day.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="Until"/>, open ends included.</returns>
    public bool HoldsOn(LocalDate day) => (From is not { } first || first <= day) && (Until is not { } last || day <= last);

    /// <summary>Equal when the target, the day and the lists are the same.</summary>
    /// <param name="other">The roster to compare with.</param>
    /// <returns>Whether both give the same answer.</returns>
    public bool Equals(Roster? other) =>
        ReferenceEquals(this, other)
        || (other is not null && ReferenceEquals(Target, other.Target) && Day == other.Day && Held.SequenceEqual(other.Held) && Uncertain.SequenceEqual(other.Uncertain));

    /// <inheritdoc />
    public override int GetHashCode() => (Target.Id, Day, Held.Length, Uncertain.Length).GetHashCode();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Target.Id} on {Dating.IsoDateText.Format(Day)}: {string.Join(", ", Held.Select(static s => $"{s.Participant.Id} {s.Role}"))} {Provenance}";
}
