using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using CentralAsiaCT.Building;

namespace CentralAsiaCT.Reporting;

/// <summary>One entity shown on its own: what it is, then its own facts, names, milestones and statements as tables.</summary>
internal static class EntityCard
{
    public static string ToMarkdown(Entity entity)
    {
        var text = new StringBuilder();
        text.Append("### ").Append(MarkdownText.Escape(Heading(entity))).Append("\n\n");
        foreach (var table in Tables(entity))
        {
            text.Append(table.ToMarkdown()).Append('\n');
        }

        return text.ToString();
    }

    public static string ToHtml(Entity entity)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"centralasiact-entity\">\n<h3>").Append(WebUtility.HtmlEncode(Heading(entity))).Append("</h3>\n");
        foreach (var table in Tables(entity))
        {
            html.Append(table.ToHtml());
        }

        return html.Append("</div>\n").ToString();
    }

    private static string Heading(Entity entity) =>
        FactTable.NameOrNull(entity, "en") is { } name ? $"{entity.GetType().Name} {entity.Id}: {name}" : $"{entity.GetType().Name} {entity.Id}";

    internal static ImmutableArray<FactTable> Tables(Entity entity)
    {
        var tables = ImmutableArray.CreateBuilder<FactTable>();
        tables.Add(new FactTable("Facts", ImmutableArray.Create("Field", "Value"), Facts(entity)));
        if (!entity.Names.IsEmpty)
        {
            tables.Add(new FactTable(
                "Names",
                ImmutableArray.Create("Text", "Language", "Kind", "Valid from", "Valid to"),
                entity.Names.Select(static n => new FactRow(
                    ImmutableArray.Create<string?>(n.Text, n.Language, Vocabulary.Word(n.Kind), Day(n.ValidFrom), Day(n.ValidTo)),
                    n.Provenance)).ToImmutableArray()));
        }

        // D21: where a state stood towards each plan, who took part in a meeting, who funded a phase: the roles are
        // what a reader of a card most wants, in both directions.
        var roles = entity.RolesTaken.Concat(entity.RolesIn).Distinct().ToImmutableArray();
        if (!roles.IsEmpty)
        {
            tables.Add(new FactTable(
                "Roles",
                ImmutableArray.Create("Who", "Role", "In", "Valid from", "Valid to"),
                roles.Select(static r => new FactRow(ImmutableArray.Create<string?>(r.Participant.Id, Vocabulary.Word(r.Role), r.Target.Id, r.ValidFrom?.ToString(), r.ValidTo?.ToString()), r.Provenance)).ToImmutableArray())
            {
                Fields = ImmutableArray.Create("participant_id", "role", "target_id", "valid_from", "valid_to"),
            });
        }

        var errata = entity.ErrataAbout;
        if (!errata.IsEmpty)
        {
            tables.Add(FactTable.ErrataOf(errata));
        }
        if (!entity.Milestones.IsEmpty)
        {
            tables.Add(new FactTable(
                "Milestones",
                ImmutableArray.Create("Date", "Milestone", "Detail"),
                entity.Milestones.Select(static m => new FactRow(ImmutableArray.Create<string?>(m.Date.ToString(), Vocabulary.Word(m.Kind), m.Detail), m.Provenance)).ToImmutableArray())
            {
                Fields = ImmutableArray.Create("date", "kind", "detail"),
            });
        }

        if (!entity.Statements.IsEmpty)
        {
            tables.Add(new FactTable(
                "Statements",
                ImmutableArray.Create("Topic", "Language", "Text"),
                entity.Statements.Select(static s => new FactRow(ImmutableArray.Create<string?>(Vocabulary.Word(s.Topic), s.Language, s.Text), s.Provenance)).ToImmutableArray()));
        }

        return tables.ToImmutable();
    }

    private static ImmutableArray<FactRow> Facts(Entity entity)
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        // An absent value rests on no source: it is shown without sources and grade, never with the row's.
        void Add(string field, string? value, Sourcing.Provenance? provenance = null) =>
            rows.Add(new FactRow(ImmutableArray.Create(field, value), value is null ? null : provenance ?? entity.Provenance));

        Add("ID", entity.Id);
        Add("Kind", entity.GetType().Name);
        switch (entity)
        {
            case State state:
                Add("Alpha-2", state.Alpha2);
                Add("Numeric", state.Numeric);
                Add("M49 sub-region", $"{state.SubRegion.Code} {state.SubRegion.Name}");
                break;
            case Organisation organisation:
                Add("Organisation kind", Vocabulary.Word(organisation.Kind));
                Add("Part of", organisation.Parent?.Id);
                Add("Seat", organisation.Seat?.Id);
                break;
            case Place place:
                Add("State", place.State.Id);
                break;
            case Pillar pillar:
                Add("Pillar", pillar.Number.ToString());
                break;
            case Event e:
                Add("Date", e.Date.ToString());
                Add("Precision", Vocabulary.Word(e.Date.Precision));
                Add("Place", e.Place?.Id);
                Add(
                    "Pillars",
                    e.Pillars.IsEmpty ? null : string.Join(", ", e.Pillars.Select(static p => p.Number.ToString())),
                    e.PillarCoverage.IsEmpty ? null : Sourcing.Provenance.Combined(e.PillarCoverage.Select(static c => c.Provenance).ToImmutableArray()));
                break;
            case Document document:
                Add("Adopted at", document.AdoptedAt.Id);
                Add(document.AdoptionDate.IsMeetingDate ? "Adopted on (the meeting's dates)" : "Adopted on", document.AdoptedOn.ToString(), document.AdoptionDate.Provenance);
                Add("Phase", document.Initiative?.Id);
                Add("Updates", (document as JointPlanOfAction)?.Updates?.Id);
                break;
            case Initiative initiative:
                Add("Phase", initiative.Phase?.ToString(CultureInfo.InvariantCulture));
                Add("Follows", initiative.Follows?.Id);
                Add("Launch", initiative.Launch?.Id);
                Add("Closing", initiative.Closing?.Id);
                break;
            case Review review:
                Add("Review", review.Ordinal.ToString(CultureInfo.InvariantCulture));
                Add("Symbol", review.Symbol);
                Add("Adopted on", review.AdoptedOn?.ToString());
                Add("Adoption", review.Adoption is { } how ? Vocabulary.Word(how) : null);
                Add("Vote", review.Vote is { } v ? $"{v.InFavour}-{v.Against}-{v.Abstaining}" : null);
                break;
            default:
                // A kind added through the registry shows the columns it declares, with no switch to extend.
                foreach (var cell in entity.DeclaredCells)
                {
                    Add(cell.Key, cell.Value);
                }

                break;
        }

        return rows.ToImmutable();
    }

    private static string? Day(NodaTime.LocalDate? day) =>
        day?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
