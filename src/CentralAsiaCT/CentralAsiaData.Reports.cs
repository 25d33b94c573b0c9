using System;
using System.Globalization;
using System.Collections.Immutable;
using System.IO;
using System.Collections.Generic;
using NodaTime;
using System.Text;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT;

/// <content>Tables and documents for people to read: Markdown, HTML, SVG, CSV and JSON.</content>
public sealed partial class CentralAsiaData
{
    /// <summary>The states with their status towards the Joint Plan of Action, each row with the sources of that status
    /// (or of the state itself when it has none).</summary>
    /// <param name="language">The language of the names (<c>en</c>, <c>fr</c>, <c>ru</c>).</param>
    /// <returns>Columns <c>Alpha-3</c>, <c>Alpha-2</c>, <c>Name</c>, then one per plan, named by its ID (<c>JPOA-2011</c>,
    /// <c>JPOA-2022</c>), with the state's status towards it (<c>adopted</c>, <c>observer</c>, <c>none</c> or
    /// <c>unknown</c>); the sources are those of the roles shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public FactTable StatesTable(string language = "en") => StatesTableOf(States, language);

    /// <summary>The given states with their status towards each Joint Plan of Action, as <see cref="StatesTable(string)"/>.</summary>
    /// <param name="states">States of this edition, for example the result of <see cref="JointPlanOfAction.StatesWith"/>.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>One row per state, in the given order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FactTable StatesTableOf(ImmutableArray<State> states, string language = "en")
    {
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        // One status column per plan: a state's place towards the 2011 plan and towards its 2022 update are two facts.
        var plans = Plans;
        var rows = ImmutableArray.CreateBuilder<FactRow>(states.IsDefault ? 0 : states.Length);
        foreach (var state in states.IsDefault ? ImmutableArray<State>.Empty : states)
        {
            // The state's own row holds its codes and its M49 sub-region, on which "none" and "unknown" rest.
            var facts = new RowFacts(state.Provenance);
            var cells = ImmutableArray.CreateBuilder<string?>(3 + plans.Length);
            cells.Add(state.Alpha3);
            cells.Add(state.Alpha2);
            cells.Add(facts.Name(state, language));
            foreach (var plan in plans)
            {
                var role = plan.RoleOf(state);
                cells.Add(Vocabulary.Word(JointPlanOfAction.StatusFrom(role, state)));
                facts.Add(role?.Provenance);
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
    /// <see cref="StatusOn"/>), and the days over which the status holds.</summary>
    /// <param name="states">States of this edition, for example <see cref="States"/>.</param>
    /// <param name="day">The day asked about.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>Alpha-3</c>, <c>Alpha-2</c>, <c>Name</c>, <c>Plan</c>, <c>Status</c>, <c>From</c>,
    /// <c>Until</c> (empty while the plan is the last of the data).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No plan was in force on <paramref name="day"/>; the message names the day.</exception>
    public FactTable StatesTableOn(ImmutableArray<State> states, LocalDate day, string language = "en")
    {
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        var dayText = NodaTime.Text.LocalDatePattern.Iso.Format(day);
        if (!TryGetPlanInForce(day, out var plan))
        {
            throw new KeyNotFoundException($"No Joint Plan of Action was in force on {dayText}.");
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>(states.IsDefault ? 0 : states.Length);
        foreach (var state in states.IsDefault ? ImmutableArray<State>.Empty : states)
        {
            var status = StatusOn(state, day)!;
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
                    NodaTime.Text.LocalDatePattern.Iso.Format(status.From),
                    status.Until is { } until ? NodaTime.Text.LocalDatePattern.Iso.Format(until) : null),
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
    public FactTable TimelineTable(string language = "en") => FactTable.TimelineOf(Timeline, language);

    /// <summary>The Strategy's reviews by the General Assembly in order: resolution, date and how adopted, each absent
    /// where no source gives it.</summary>
    /// <returns>Columns <c>Review</c>, <c>Symbol</c>, <c>Adopted on</c>, <c>Precision</c>, <c>How</c>, <c>Vote</c>
    /// (in favour-against-abstaining).</returns>
    public FactTable ReviewsTable()
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var review in Strategy.Reviews)
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
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        static string? Ids(ImmutableArray<Entity> entities) => entities.IsEmpty ? null : string.Join(FactTable.ListSeparator, entities.Map(static e => e.Id));
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var phase in Initiatives)
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
                    Ids(phase.Funders),
                    Ids(phase.Implementers),
                    phase.Events.IsEmpty ? null : string.Join(FactTable.ListSeparator, phase.Events.Map(static e => e.Id))),
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
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        static string? Of(ImmutableArray<State> states) => states.IsEmpty ? null : string.Join(FactTable.ListSeparator, states.Map(static s => s.Alpha3));
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var plan in Plans)
        {
            // The row shows the plan, its name, its date, its meeting and the meeting's place, and every party's and
            // observer's role: the 2022 party list rests on one secondary source, so the row is graded B.
            var facts = DocumentFacts(plan, language, out var name, out var place);
            foreach (var state in plan.Parties.AddRange(plan.Observers))
            {
                facts.Add(plan.RoleOf(state)?.Provenance);
            }

            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    plan.Id,
                    name,
                    plan.AdoptedOn.ToString(),
                    plan.AdoptedAt.Id,
                    place,
                    plan.Updates?.Id,
                    Of(plan.Parties),
                    Of(plan.Observers)),
                facts.Provenance));
        }

        return new FactTable("Joint Plans of Action", ImmutableArray.Create("ID", "Name", "Adopted on", "Adopted at", "Place", "Updates", "Parties", "Observers"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "name", "adopted_on", "adopted_at_event_id", "place", "updates_id", "parties", "observers"),
            ListFields = ImmutableArray.Create("parties", "observers"),
        };
    }

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
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var declaration in Declarations)
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
                    supporters.IsEmpty ? null : string.Join(FactTable.ListSeparator, supporters.Map(static r => r.Participant.Id))),
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
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var organisation in Organisations)
        {
            // Every row shows the organisation's kind (its own row's fact) and name beside the role.
            var facts = new RowFacts(organisation.Provenance);
            var name = facts.Name(organisation, language);
            var kind = Vocabulary.Word(organisation.Kind);
            var roles = ParticipationsOf(organisation);
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
    public FactTable ErrataTable() => FactTable.ErrataOf(Errata);

    /// <summary>The sources that facts of this edition cite.</summary>
    /// <returns>Columns <c>ID</c>, <c>Title</c>, <c>Publisher</c> (of the text), <c>Languages</c>, <c>Address</c> (where it was
    /// read), <c>Copy</c> (archive, reproduction or mirror, when the address is a copy) and <c>Original address</c> (the
    /// publisher's own, where known).</returns>
    public FactTable SourcesTable()
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>(Sources.Length);
        foreach (var source in Sources)
        {
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(source.Id, source.Title, source.Publisher, string.Join(";", source.Languages), source.AddressText, CopyWord(source), source.OriginalAddressText),
                null));
        }

        return new FactTable("Sources", ImmutableArray.Create("ID", "Title", "Publisher", "Languages", "Address", "Copy", "Original address"), rows.MoveToImmutable())
        {
            Fields = ImmutableArray.Create("id", "title", "publisher", "languages", "address", "copy", "original_address"),
            ListFields = ImmutableArray.Create("languages"),
        };
    }

    /// <summary>
    /// Every source cited by a fact about <paramref name="entity"/>: the entity itself, its names, milestones and
    /// statements, the roles it took or that were taken in it, the pillars and claims of an event, and its errata.
    /// The column <c>Cited for</c> says which facts cite each source.
    /// </summary>
    /// <param name="entity">An entity of this edition.</param>
    /// <returns>Columns <c>ID</c>, <c>Title</c>, <c>Publisher</c>, <c>Address</c>, <c>Copy</c>, <c>Original address</c>, <c>Cited for</c> (each fact with the
    /// source's quote), one row per source in the order of <see cref="Sources"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public FactTable SourcesTableOf(Entity entity)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(nameof(entity));
        }

        var citations = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>>(StringComparer.Ordinal);
        void Cite(Sourcing.Provenance provenance, string fact)
        {
            foreach (var source in provenance.Sources)
            {
                if (!citations.TryGetValue(source.Id, out var facts))
                {
                    citations.Add(source.Id, facts = new System.Collections.Generic.List<string>());
                }

                // Each fact with the words of this source it is cited for, so that a reader can find them in the source.
                var quote = provenance.QuoteOf(source);
                var cited = quote is null ? fact : $"{fact}: \"{quote}\"";
                if (!facts.Contains(cited))
                {
                    facts.Add(cited);
                }
            }
        }

        Cite(entity.Provenance, "the entity");
        foreach (var name in entity.Names)
        {
            Cite(name.Provenance, $"name \"{name.Text}\" ({name.Language}, {Vocabulary.Word(name.Kind)})");
        }

        foreach (var milestone in entity.Milestones)
        {
            Cite(milestone.Provenance, $"{Vocabulary.Word(milestone.Kind)} {milestone.Date}");
        }

        foreach (var statement in entity.Statements)
        {
            Cite(statement.Provenance, $"statement on {Vocabulary.Word(statement.Topic)} ({statement.Language})");
        }

        foreach (var participation in Participations)
        {
            if (participation.Participant == entity || participation.Target == entity)
            {
                Cite(participation.Provenance, $"{participation.Participant.Id} {Vocabulary.Word(participation.Role)} in {participation.Target.Id}");
            }
        }

        if (entity is Event e)
        {
            foreach (var coverage in e.PillarCoverage)
            {
                Cite(coverage.Provenance, $"pillar {coverage.Pillar.Number}");
            }

            foreach (var claim in e.Claims)
            {
                Cite(claim.Provenance, "a claim about the event");
            }
        }

        foreach (var erratum in ErrataOf(entity))
        {
            Cite(erratum.Provenance, $"erratum {erratum.Id} (value taken)");
            foreach (var source in erratum.ClaimSources)
            {
                Cite(new Sourcing.Provenance(ImmutableArray.Create(source), erratum.Provenance.Grade), $"erratum {erratum.Id} (claim)");
            }
        }

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var source in Sources)
        {
            if (citations.TryGetValue(source.Id, out var facts))
            {
                rows.Add(new FactRow(ImmutableArray.Create<string?>(source.Id, source.Title, source.Publisher, source.AddressText, CopyWord(source), source.OriginalAddressText, string.Join("; ", facts)), null));
            }
        }

        return new FactTable($"Sources of the facts about {entity.Id}", ImmutableArray.Create("ID", "Title", "Publisher", "Address", "Copy", "Original address", "Cited for"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("id", "title", "publisher", "address", "copy", "original_address", "cited_for"),
        };
    }

    // A reader judging a source needs to know whether the address is its publisher's or a copy's, and of which kind.
    private static string? CopyWord(Sourcing.Source source) => source.Copy is { } copy ? Vocabulary.Word(copy) : null;

    /// <summary>The edition as one Markdown document: its title and version, then the timeline, the states, the
    /// organisations, the errata and the sources.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string ToMarkdown(string language = "en")
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownText.Escape(Title)).Append("\n\n")
            .Append("Data package `").Append(Name).Append("` version ").Append(MarkdownText.Escape(Version))
            .Append(", licence ").Append(MarkdownText.Escape(License)).Append(". Every row names its sources (see the last table) and a grade: A, an official page or two sources that agree; B, one secondary source. ")
            .Append("An event in square brackets, such as \\[expert meeting 2\\], has no name in any source: that is a label, its kind and ordinal. A dash marks a value no source gives.\n");
        foreach (var table in ReportTables(language))
        {
            text.Append('\n').Append(table.ToMarkdown());
        }

        return text.ToString();
    }

    /// <summary>The edition as one HTML document (UTF-8, no script, no external resource) with the tables of
    /// <see cref="ToMarkdown(string)"/> and the timeline picture of <see cref="TimelineToSvg(string)"/>.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string ToHtml(string language = "en")
    {
        var title = System.Net.WebUtility.HtmlEncode(Title);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(System.Net.WebUtility.HtmlEncode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(title).Append("</title>\n<style>\n").Append(ReportStyle).Append("</style>\n</head>\n<body>\n<h1>")
            .Append(title).Append("</h1>\n<p>Data package <code>").Append(System.Net.WebUtility.HtmlEncode(Name)).Append("</code> version ")
            .Append(System.Net.WebUtility.HtmlEncode(Version)).Append(", licence ").Append(System.Net.WebUtility.HtmlEncode(License))
            .Append(". Every row names its sources, linked to their pages, and a grade: A, an official page or two sources that agree; B, one secondary source. ")
            .Append("An event in square brackets, such as [expert meeting 2], has no name in any source: that is a label, its kind and ordinal. A dash marks a value no source gives.</p>\n")
            .Append("<figure>").Append(TimelineToSvg(language)).Append("</figure>\n");
        foreach (var table in ReportTables(language))
        {
            html.Append(table.ToHtml());
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// A picture of the history as SVG: the Strategy's reviews on an axis by year (2006-2026), then the events of the
    /// project in panels, one per cluster of events (a gap of more than a year starts a new panel, so that the dense
    /// 2010-2011 consultation and the sparse later years are both legible), each panel on its own axis by month, each
    /// event labelled with its place and pillars;
    /// a date known only to the month is drawn as a month-wide hatched span, a date known to the day as a bar over its
    /// days. Each event carries its sources as a tooltip (<c>&lt;title&gt;</c>). No drawing library is involved.
    /// </summary>
    /// <param name="language">The language of the place names.</param>
    /// <returns>An SVG document (UTF-8 text, no XML declaration), or a picture saying that there are no events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string TimelineToSvg(string language = "en")
    {
        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        return TimelinePicture.Draw(Strategy.Reviews, Timeline, Plans.CastArray<Document>().AddRange(Declarations), language);
    }

    /// <summary>Writes the edition into <paramref name="directory"/> (created if missing) in the given form.</summary>
    /// <param name="directory">The folder to write into; existing files of the same names are replaced.</param>
    /// <param name="format">The data package, one JSON, Markdown or HTML document, or the timeline picture.</param>
    /// <returns>The full paths of the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public ImmutableArray<string> Export(string directory, ExportFormat format)
    {
        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        switch (format)
        {
            case ExportFormat.DataPackage:
                return ExportTo(directory);
            case ExportFormat.Json:
                Directory.CreateDirectory(directory);
                var json = Path.GetFullPath(Path.Combine(directory, Name + ".json"));
                using (var file = File.Create(json))
                {
                    WriteJson(file);
                }

                return ImmutableArray.Create(json);
            case ExportFormat.Markdown:
                return WriteText(directory, Name + ".md", ToMarkdown());
            case ExportFormat.Html:
                return WriteText(directory, Name + ".html", ToHtml());
            case ExportFormat.TimelineSvg:
                return WriteText(directory, Name + "-timeline.svg", TimelineToSvg());
            case ExportFormat.Views:
                return FlatViews.Write(this, directory);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format.");
        }
    }

    /// <summary>
    /// Writes the edition as one JSON document: <c>name</c>, <c>title</c>, <c>version</c>, <c>license</c>,
    /// <c>created</c> and <c>resources</c>, an object with one array per table of the data package, each row an object
    /// keyed by field name. Integers are numbers, list fields (such as <c>source_ids</c>) arrays, empty cells
    /// <c>null</c>; everything else is the string of the CSV file.
    /// </summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        PackageJson.Write(_tables, _descriptor ?? PackageDescriptor.Published, utf8Json);
    }

    private static ImmutableArray<string> WriteText(string directory, string fileName, string text)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        File.WriteAllText(path, text, PackageWriter.Utf8);
        return ImmutableArray.Create(path);
    }

    // Readable type, numbers aligned, zebra rows, and a page that prints: the report is read in a browser and on paper.
    private const string ReportStyle =
        "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;line-height:1.45;color:#1b1b1b;max-width:75rem;margin:2rem auto;padding:0 1rem}\n"
        + "h1{font-size:1.6rem;line-height:1.2}p{max-width:60rem}figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto}\n"
        + "table.centralasiact{border-collapse:collapse;margin:1.5rem 0;font-size:.9rem;width:100%}\n"
        + "table.centralasiact caption{font-weight:600;font-size:1.05rem;text-align:left;padding:.3rem 0}\n"
        + "table.centralasiact th,table.centralasiact td{border-bottom:1px solid #d5dbe1;padding:.3rem .6rem;text-align:left;vertical-align:top}\n"
        + "table.centralasiact thead th{background:#1f3a5f;color:#fff;font-weight:600}table.centralasiact td:first-child{white-space:nowrap}\n"
        + "table.centralasiact tbody tr:nth-child(even){background:#f2f5f8}\n"
        + "td.num{text-align:right;font-variant-numeric:tabular-nums}td.absent{color:#8a8a8a}a{color:#0b5cad}td.code,td a{white-space:nowrap}\n"
        + "@media print{body{max-width:none;margin:0;font-size:9.5pt}table.centralasiact{font-size:8.5pt}thead{display:table-header-group}tr{break-inside:avoid}a{color:inherit;text-decoration:none}figure{break-inside:avoid}}\n";

    private ImmutableArray<FactTable> ReportTables(string language) =>
        ImmutableArray.Create(FactTable.TimelineOf(Timeline, language, labelUnnamed: true), ReviewsTable(), PhasesTable(language), PlansTable(language), DeclarationsTable(language), StatesTable(language), OrganisationsTable(language), ErrataTable(), SourcesTable());
}
