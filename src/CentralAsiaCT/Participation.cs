using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>The fact that a state or organisation took a role in a phase of the project, an event, a plan or a
/// declaration, or held a standing in an organisation, over the days a source gives (a state may join a plan later,
/// leave an organisation, rejoin it or change its standing in it: each stretch is a participation of its own).</summary>
/// <param name="Participant">The state or organisation.</param>
/// <param name="Target">The phase, event, plan, declaration or organisation.</param>
/// <param name="Role">The role taken.</param>
/// <param name="Provenance">The sources that say so.</param>
public sealed record Participation(Entity Participant, Entity Target, Role Role, Provenance Provenance) : ISourced
{
    /// <summary>The first day the role is held, as precisely as a source gives it (a membership known to the year starts
    /// on a day of that year); <see langword="null"/>: from the start of what it is taken in (a plan's adoption).</summary>
    public KnownDate? ValidFrom { get; init; }

    /// <summary>The last day the role is held, as precisely as a source gives it; <see langword="null"/>: not known to
    /// end.</summary>
    public KnownDate? ValidTo { get; init; }

    /// <summary>How the role ended (left, suspended, changed to another standing), where a source says; otherwise
    /// <see langword="null"/>.</summary>
    public RoleEnding? Ending { get; init; }

    /// <summary>Whether the role is certainly held on <paramref name="day"/>: it started on or before that day and had
    /// not ended before it, as far as the known precision of its dates can tell.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="false"/> when the role starts after that day, ends before it, or may start or end around
    /// it (a start known only to the year is not certain on the days of that year).</returns>
    public bool IsHeldOn(LocalDate day) => (ValidFrom is not { } from || from.Last <= day) && (ValidTo is not { } to || day <= to.First);

    /// <summary>Whether the role may be held on <paramref name="day"/>: the day lies within the widest stretch its dates
    /// allow.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> unless the role certainly starts after that day or ends before it.</returns>
    public bool MayBeHeldOn(LocalDate day) => (ValidFrom is not { } from || from.First <= day) && (ValidTo is not { } to || day <= to.Last);

    /// <inheritdoc />
    public override string ToString() => $"{Participant.Id} {Role} {Target.Id}";
}
