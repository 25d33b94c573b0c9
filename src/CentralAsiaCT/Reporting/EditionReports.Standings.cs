using System.Collections.Immutable;
using System;
using CentralAsiaCT.Building;
using NodaTime;

namespace CentralAsiaCT.Reporting;

/// <content>Standing in time as tables: the states' memberships, who belonged to an organisation on a day, and where a
/// state belonged on a day, each row with the sources and quotes of what it rests on.</content>
public sealed partial class EditionReports
{
    /// <summary>Every standing of a state in an organisation, one row per stretch (joined, left, rejoined, suspended or
    /// changed its standing, as the sources date it), in the order of the data.</summary>
    /// <param name="of">Only the rows of this state or organisation of this edition; every row when <see langword="null"/>.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>State</c>, <c>Name</c>, <c>Organisation</c>, <c>Role</c>, <c>From</c>, <c>Until</c>,
    /// <c>Ended</c>; a date at the precision its sources give (<c>1992</c>, <c>1995-12</c>, <c>1992-03-02</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="of"/> is not an entity of this edition.</exception>
    public FactTable MembershipsTable(Entity? of = null, string language = "en")
    {
        Argument.NotNull(language);

        var only = of is null ? null : Own(of);
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var p in _data.Participations)
        {
            if (p.Participant is State state && p.Target is Organisation && StandingHistory.IsStanding(p.Role)
                && (only is null || ReferenceEquals(only, state) || ReferenceEquals(only, p.Target)))
            {
                var facts = new RowFacts(p.Provenance);
                rows.Add(new FactRow(
                    ImmutableArray.Create<string?>(state.Alpha3, facts.Name(state, language), p.Target.Id, Vocabulary.Word(p.Role), p.ValidFrom?.ToString(), p.ValidTo?.ToString(), p.Ending is { } ended ? Vocabulary.Word(ended) : null),
                    facts.Provenance));
            }
        }

        var title = only switch
        {
            null => "The states' standing in the organisations",
            State => $"The standing of {only.Id} in the organisations",
            _ => $"The states' standing in {only.Id}",
        };
        return new FactTable(title, ImmutableArray.Create("State", "Name", "Organisation", "Role", "From", "Until", "Ended"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("state_id", "name", "organisation_id", "role", "valid_from", "valid_to", "ended"),
        };
    }

    /// <summary>Who stood towards <paramref name="target"/> (an organisation or a plan) on <paramref name="day"/>, as
    /// <see cref="Entity.RosterOn"/> answers: one row per participant held or uncertain that day, with the days its
    /// standing holds and the sources of that standing.</summary>
    /// <param name="target">An organisation or a plan of this edition.</param>
    /// <param name="day">The day.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c>, <c>Standing</c> (the role held, or <c>uncertain</c>), <c>From</c>,
    /// <c>Until</c>; the title gives the days the whole list holds.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not an entity of this edition.</exception>
    public FactTable RosterTable(Entity target, LocalDate day, string language = "en")
    {
        Argument.NotNull(language);

        var roster = Own(target).RosterOn(day);
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var standing in roster.Held.AddRange(roster.Uncertain))
        {
            rows.Add(RowOf(standing, standing.Participant, language));
        }

        var held = $"{Dating.IsoDateText.Format(day)} (the list holds {Span(roster.From, roster.Until)})";
        return new FactTable($"{target.Id} on {held}", ImmutableArray.Create("ID", "Name", "Standing", "Holds from", "Holds until"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "standing", "from", "until"),
        };
    }

    /// <summary>Where <paramref name="participant"/> stood on <paramref name="day"/> towards every organisation and plan a
    /// source gives it a standing in (<see cref="Entity.StandingsOn"/>): held, not held or uncertain, over which days, with
    /// the sources.</summary>
    /// <param name="participant">A state or organisation of this edition.</param>
    /// <param name="day">The day.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c> (of the organisation or plan), <c>Standing</c>, <c>From</c>,
    /// <c>Until</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="participant"/> is not an entity of this edition.</exception>
    public FactTable StandingsTable(Entity participant, LocalDate day, string language = "en")
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var standing in Own(participant).StandingsOn(day))
        {
            rows.Add(RowOf(standing, standing.Target, language));
        }

        return new FactTable($"{participant.Id} on {Dating.IsoDateText.Format(day)}", ImmutableArray.Create("ID", "Name", "Standing", "Holds from", "Holds until"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "standing", "from", "until"),
        };
    }

    // An entity of this edition: one of another edition (even loaded from the same files) would answer from its own.
    private Entity Own(Entity entity)
    {
        Argument.NotNull(entity);

        return _data.Entities.TryGet(entity.Id, out var same) && ReferenceEquals(same, entity)
            ? entity
            : throw new ArgumentException($"'{entity.Id}' is not an entity of this edition.", nameof(entity));
    }

    private static FactRow RowOf(Standing standing, Entity shown, string language)
    {
        var facts = new RowFacts(standing.Provenance);
        var what = standing.Role is { } role ? Vocabulary.Word(role) : Vocabulary.Word(standing.Kind);
        return new FactRow(
            ImmutableArray.Create<string?>(shown.Id, facts.Name(shown, language), what, Day(standing.From), Day(standing.Until)),
            facts.Provenance);
    }

    private static string? Day(LocalDate? day) => day is { } d ? Dating.IsoDateText.Format(d) : null;

    private static string Span(LocalDate? from, LocalDate? until) =>
        from is null && until is null ? "as far as the sources go" : $"{Day(from) ?? "…"} to {Day(until) ?? "…"}";
}
