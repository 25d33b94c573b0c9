using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>The fact that a state or organisation took a role in a phase of the project, an event, a plan or a
/// declaration, over the days a source gives (a state may join a plan later, or leave it).</summary>
/// <param name="Participant">The state or organisation.</param>
/// <param name="Target">The phase, event, plan or declaration.</param>
/// <param name="Role">The role taken.</param>
/// <param name="Provenance">The sources that say so.</param>
public sealed record Participation(Entity Participant, Entity Target, Role Role, Provenance Provenance) : ISourced
{
    /// <summary>The first day the role is held, when a source gives it; <see langword="null"/>: from the start of what it
    /// is taken in (a plan's adoption).</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day the role is held, when a source gives it; <see langword="null"/>: not known to end.</summary>
    public LocalDate? ValidTo { get; init; }

    /// <summary>Whether the role is held on <paramref name="day"/>, as far as its known validity says.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> unless the role starts after or ends before that day.</returns>
    public bool IsHeldOn(LocalDate day) => (ValidFrom is not { } from || from <= day) && (ValidTo is not { } to || day <= to);

    /// <inheritdoc />
    public override string ToString() => $"{Participant.Id} {Role} {Target.Id}";
}
