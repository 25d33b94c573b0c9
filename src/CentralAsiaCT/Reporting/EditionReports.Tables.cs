using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System;
using CentralAsiaCT.Building;
using NodaTime;

namespace CentralAsiaCT.Reporting;

/// <content>The edition's facts as tables, each row with the sources of every fact it shows and the weakest grade.</content>
public sealed partial class EditionReports
{
    /// <summary>The states with their status towards the Joint Plan of Action, each row with the sources of that status
    /// (or of the state itself when it has none).</summary>
    /// <param name="language">The language of the names (<c>en</c>, <c>fr</c>, <c>ru</c>).</param>
    /// <returns>Columns <c>Alpha-3</c>, <c>Alpha-2</c>, <c>Name</c>, then one per plan, named by its ID (<c>JPOA-2011</c>,
    /// <c>JPOA-2022</c>), with the state's status towards it (<c>adopted</c>, <c>observer</c>, <c>none</c> or
    /// <c>unknown</c>); the sources are those of the roles shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable StatesTable(string language = "en") => StatesTableOf(_data.States, language);

    /// <summary>The given states with their status towards each Joint Plan of Action, as <see cref="StatesTable(string)"/>.</summary>
    /// <param name="states">States of this edition, for example the result of <see cref="JointPlanOfAction.StatesWith(JointPlanStatus, LocalDate)"/>.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>One row per state, in the given order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FactTable StatesTableOf(IEnumerable<State> states, string language = "en")
    {
        var chosen = ImmutableArray.CreateRange(Argument.NotNull(states));
        Argument.NotNull(language);

        // One status column per plan: a state's place towards the 2011 plan and towards its 2022 update are two facts.
        var plans = _data.Plans.ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<FactRow>(chosen.Length);
        foreach (var state in chosen)
        {
            // The state's own row holds its codes and its M49 sub-region, on which "none" and "unknown" rest.
            var facts = new RowFacts(state.Provenance);
            var cells = ImmutableArray.CreateBuilder<string?>(3 + plans.Length);
            cells.Add(state.Alpha3);
            cells.Add(state.Alpha2);
            cells.Add(facts.Name(state, language));
            foreach (var plan in plans)
            {
                // Where the state stood on the day the plan was adopted, as the one function of standing in time says.
                var (status, role) = plan.StatusAtAdoption(state);
                cells.Add(Vocabulary.Word(status));
                facts.Add(role);
            }

            rows.Add(new FactRow(cells.MoveToImmutable(), facts.Provenance));
        }

        var columns = ImmutableArray.CreateBuilder<string>();
        var fields = ImmutableArray.CreateBuilder<string>();
        columns.AddRange("Alpha-3", "Alpha-2", "Name");
        fields.AddRange("alpha3", "alpha2", "name");
        foreach (var plan in plans)
        {
            columns.Add(plan.Id);
            fields.Add("status_" + plan.Id.ToLowerInvariant().Replace('-', '_'));
        }

        return new FactTable("States and the Joint Plans of Action", columns.ToImmutable(), rows.MoveToImmutable())
        {
            Fields = fields.ToImmutable(),
        };
    }

    /// <summary>The given states and where each stood on <paramref name="day"/> towards the plan in force that day: only
    /// that plan's column, each row with the sources of the state, its name and its status on that day (see
    /// <see cref="PlanSet.StatusOn"/>), and the days over which the status holds.</summary>
    /// <param name="states">States of this edition, for example <see cref="CentralAsiaData.States"/>.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>Alpha-3</c>, <c>Alpha-2</c>, <c>Name</c>, <c>Plan</c>, <c>Status</c>, <c>From</c>,
    /// <c>Until</c> (empty while the plan is the last of the data).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No plan was in force on <paramref name="day"/>; the message names the day.</exception>
    public FactTable StatesTableOn(IEnumerable<State> states, LocalDate day, string language = "en")
    {
        var chosen = ImmutableArray.CreateRange(Argument.NotNull(states));
        Argument.NotNull(language);

        var dayText = Dating.IsoDateText.Format(day);
        if (_data.Plans.InForceOn(day) is not { } plan)
        {
            throw new KeyNotFoundException($"No Joint Plan of Action was in force on {dayText}.");
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>(chosen.Length);
        foreach (var state in chosen)
        {
            var status = _data.Plans.StatusOn(state, day)!;
            var facts = new RowFacts(state.Provenance);
            var name = facts.Name(state, language);
            facts.Add(status.Provenance);
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    state.Alpha3,
                    state.Alpha2,
                    name,
                    plan.Id,
                    Vocabulary.Word(status.Status),
                    Dating.IsoDateText.Format(status.From),
                    status.Until is { } until ? Dating.IsoDateText.Format(until) : null),
                facts.Provenance));
        }

        return new FactTable($"States and {plan.Id}, the Joint Plan of Action in force on {dayText}", ImmutableArray.Create("Alpha-3", "Alpha-2", "Name", "Plan", "Status", "From", "Until"), rows.MoveToImmutable())
        {
            Fields = ImmutableArray.Create("alpha3", "alpha2", "name", "plan_id", "status", "from", "until"),
        };
    }

    /// <summary>The events of the process in order, with how precisely each date is known, the place and the pillars.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>Date</c>, <c>Precision</c>, <c>ID</c>, <c>Kind</c>, <c>Event</c>, <c>Place ID</c>, <c>Place</c>,
    /// <c>Pillars</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable TimelineTable(string language = "en") => FactTable.TimelineOf(_data.Timeline.ToImmutableArray(), language);

    /// <summary>The Strategy's reviews by the General Assembly in order: resolution, date and how adopted, each absent
    /// where no source gives it.</summary>
    /// <returns>Columns <c>Review</c>, <c>Symbol</c>, <c>Adopted on</c>, <c>Precision</c>, <c>How</c>, <c>Vote</c>
    /// (in favour-against-abstaining).</returns>
    public FactTable ReviewsTable()
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var review in _data.Strategy.Reviews)
        {
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    review.Ordinal.ToString(CultureInfo.InvariantCulture),
                    review.Symbol,
                    review.AdoptedOn?.ToString(),
                    review.AdoptedOn is { } date ? Vocabulary.Word(date.Precision) : null,
                    review.Adoption is { } how ? Vocabulary.Word(how) : null,
                    review.Vote is { } v ? string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", v.InFavour, v.Against, v.Abstaining) : null),
                review.Provenance));
        }

        return new FactTable("Reviews of the Strategy by the General Assembly", ImmutableArray.Create("Review", "Symbol", "Adopted on", "Precision", "How", "Vote"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("ordinal", "symbol", "adopted_on", "date_precision", "adoption", "vote"),
        };
    }

    /// <summary>The phases of the project in order: number, name, launch, closing, funders and implementers.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Phase</c>, <c>Name</c>, <c>Launched</c>, <c>Closed</c>, <c>Funders</c>, <c>Implementers</c>, <c>Events</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable PhasesTable(string language = "en")
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var phase in _data.Initiatives)
        {
            var facts = new RowFacts(phase.Provenance);
            var name = facts.Name(phase, language);
            facts.Add(phase.Launch?.Provenance).Add(phase.Closing?.Provenance);
            foreach (var role in phase.RolesIn)
            {
                if (role.Role is Role.Funder or Role.Implementer)
                {
                    facts.Add(role.Provenance);
                }
            }

            // Each event says in its own row which phase it belongs to.
            foreach (var e in phase.Events)
            {
                facts.Add(e.Provenance);
            }

            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    phase.Id,
                    phase.Phase?.ToString(CultureInfo.InvariantCulture),
                    name,
                    phase.Launch?.Date.ToString(),
                    phase.Closing?.Date.ToString(),
                    IdList(phase.Funders),
                    IdList(phase.Implementers),
                    IdList(phase.Events)),
                facts.Provenance));
        }

        return new FactTable("Phases of the project", ImmutableArray.Create("ID", "Phase", "Name", "Launched", "Closed", "Funders", "Implementers", "Events"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "phase", "name", "launched_on", "closed_on", "funders", "implementers", "events"),
            ListFields = ImmutableArray.Create("funders", "implementers", "events"),
        };
    }

    /// <summary>The Joint Plans of Action: when and where each was adopted, the plan it updates, its parties and observers.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c>, <c>Adopted on</c>, <c>Adopted at</c>, <c>Place</c>, <c>Updates</c>, <c>Parties</c>, <c>Observers</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable PlansTable(string language = "en")
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var plan in _data.Plans)
        {
            // The row shows the plan, its name, its date, its meeting and the meeting's place, and every party's and
            // observer's role: the 2022 party list rests on one secondary source, so the row is graded B.
            var facts = DocumentFacts(plan, language, out var name, out var place);
            foreach (var role in plan.RolesIn)
            {
                if (role.Role is Role.Adopter or Role.Observer && role.Participant is State)
                {
                    facts.Add(role.Provenance);
                }
            }

            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    plan.Id,
                    name,
                    plan.AdoptedOn.ToString(),
                    plan.AdoptedAt.Id,
                    place,
                    plan.Updates?.Id,
                    IdList(plan.Parties),
                    IdList(plan.Observers)),
                facts.Provenance));
        }

        return new FactTable("Joint Plans of Action", ImmutableArray.Create("ID", "Name", "Adopted on", "Adopted at", "Place", "Updates", "Parties", "Observers"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "adopted_on", "adopted_at_event_id", "place", "updates_id", "parties", "observers"),
            ListFields = ImmutableArray.Create("parties", "observers"),
        };
    }

    // A list cell of entities, by ID (a state's ID is its alpha-3 code); absent when the list is empty.
    private static string? IdList<TEntity>(ImmutableArray<TEntity> entities)
        where TEntity : Entity =>
        entities.IsEmpty ? null : string.Join(FactTable.ListSeparator, entities.Map(static e => e.Id));

    // What a row of a document shows first: the document, its name, its date, its meeting and the meeting's place.
    private static RowFacts DocumentFacts(Document document, string language, out string? name, out string? place)
    {
        var facts = new RowFacts(document.Provenance);
        name = facts.Name(document, language);
        facts.Add(document.AdoptionDate.Provenance).Add(document.AdoptedAt.Provenance);
        place = document.AdoptedAt.Place is { } where ? facts.Name(where, language) : null;
        return facts;
    }

    /// <summary>The declarations: when and where each was adopted, and who supported it.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c>, <c>Adopted on</c>, <c>Adopted at</c>, <c>Place</c>, <c>Participants</c>
    /// (how many adopted it, where a source says), <c>Supporters</c>; each row with the sources of every fact it shows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable DeclarationsTable(string language = "en")
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var declaration in _data.Documents.Declarations)
        {
            var facts = DocumentFacts(declaration, language, out var name, out var place);
            var supporters = declaration.RolesIn.WhereToArray(static r => r.Role == Role.DeclarationSupporter);
            facts.AddAll(supporters);
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    declaration.Id,
                    name,
                    declaration.AdoptedOn.ToString(),
                    declaration.AdoptedAt.Id,
                    place,
                    declaration.ParticipantCount?.ToString(CultureInfo.InvariantCulture),
                    IdList(supporters.Map(static r => r.Participant))),
                facts.Provenance));
        }

        return new FactTable("Declarations", ImmutableArray.Create("ID", "Name", "Adopted on", "Adopted at", "Place", "Participants", "Supporters"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "adopted_on", "adopted_at_event_id", "place", "participant_count", "supporters"),
            ListFields = ImmutableArray.Create("supporters"),
        };
    }

    /// <summary>The organisations with every role each took, one row per role, each with the sources of that role; an
    /// organisation with no role in the data has one row with the role absent.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c>, <c>Kind</c>, <c>Role</c>, <c>In</c> (the ID of what the role was taken in).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable OrganisationsTable(string language = "en")
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var organisation in _data.Organisations)
        {
            // Every row shows the organisation's kind (its own row's fact) and name beside the role.
            var facts = new RowFacts(organisation.Provenance);
            var name = facts.Name(organisation, language);
            var kind = Vocabulary.Word(organisation.Kind);
            var roles = organisation.RolesTaken;
            if (roles.IsEmpty)
            {
                rows.Add(new FactRow(ImmutableArray.Create<string?>(organisation.Id, name, kind, null, null), facts.Provenance));
            }

            foreach (var role in roles)
            {
                var row = new RowFacts(facts.Provenance).Add(role.Provenance);
                rows.Add(new FactRow(ImmutableArray.Create<string?>(organisation.Id, name, kind, Vocabulary.Word(role.Role), role.Target.Id), row.Provenance));
            }
        }

        return new FactTable("Organisations and their roles", ImmutableArray.Create("ID", "Name", "Kind", "Role", "In"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "kind", "role", "target_id"),
        };
    }

    /// <summary>The errata: what a source claimed, what the data takes instead, and the evidence.</summary>
    /// <returns>Columns <c>Erratum</c>, <c>Entity</c>, <c>Field</c>, <c>Claimed</c>, <c>Claimed by</c>, <c>Taken</c>,
    /// <c>Evidence</c>; the sources are those of the value taken.</returns>
    public FactTable ErrataTable() => FactTable.ErrataOf(_data.Errata.ToImmutableArray());
}
