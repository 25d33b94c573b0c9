using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Reporting;

/// <summary>
/// A table of facts ready to show: a title, column headings and rows, each row with the sources of its fact.
/// Rendered as Markdown, HTML, CSV or JSON; every rendering adds the columns <c>Sources</c> and <c>Grade</c>, and shows
/// a value the data does not hold as absent (an em dash in Markdown and HTML, an empty cell in CSV, <c>null</c> in JSON)
/// rather than as a guess.
/// </summary>
/// <param name="Title">What the table shows.</param>
/// <param name="Columns">The column headings for people, without the sources and grade columns that every rendering
/// adds; Markdown, HTML and text show them.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed partial record FactTable(string Title, ImmutableArray<string> Columns, ImmutableArray<FactRow> Rows)
{
    /// <summary>The heading of the column that lists each row's source IDs.</summary>
    public const string SourcesColumn = "Sources";

    /// <summary>The heading of the column that gives each row's confidence grade.</summary>
    public const string GradeColumn = "Grade";

    /// <summary>The key of each row's source IDs in <see cref="ToJson"/> and <see cref="ToCsv"/>, as in the data package.</summary>
    public const string SourcesField = "source_ids";

    /// <summary>The key of each row's grade in <see cref="ToJson"/> and <see cref="ToCsv"/>, as in the data package.</summary>
    public const string GradeField = "grade";

    private readonly ImmutableArray<string> _fields;

    /// <summary>
    /// The columns' stable names for programs, one per column, in <c>snake_case</c>: the data package's own field names
    /// where the column is one (<c>alpha3</c>, <c>date_precision</c>, <c>entity_id</c>). <see cref="ToJson"/> and
    /// <see cref="ToCsv"/> use them, so that a script does not break when a heading is reworded. Unless set, each is
    /// the column's heading in lower case with every run of other characters one underscore
    /// (<c>"Matched text"</c> gives <c>matched_text</c>).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list whose length differs from <see cref="Columns"/>.</exception>
    public ImmutableArray<string> Fields
    {
        get => _fields.IsDefault ? Columns.IsDefault ? ImmutableArray<string>.Empty : ImmutableArray.CreateRange(Columns, FieldName) : _fields;
        init => _fields = value.IsDefault || value.Length == (Columns.IsDefault ? 0 : Columns.Length)
            ? value
            : throw new ArgumentException($"{value.Length} fields for {Columns.Length} columns.", nameof(value));
    }

    // The key of each row's quotes in ToJson: each source with the words it is cited for.
    private const string QuotesField = "quotes";

    /// <summary>Between the items of a list cell (see <see cref="ListFields"/>): the data package's own list delimiter.</summary>
    public const string ListSeparator = ";";

    /// <summary>
    /// The <see cref="Fields"/> whose cells are lists, their items separated by <see cref="ListSeparator"/>: one encoding
    /// per format, so that a script splits no list by hand. <see cref="ToJson"/> writes each as a JSON array (empty when
    /// the list is), <see cref="ToCsv"/> as written (<c>KAZ;KGZ</c>, as the data package writes lists), and the
    /// renderings for people separate the items with a comma.
    /// </summary>
    public ImmutableArray<string> ListFields { get; init; } = ImmutableArray<string>.Empty;

    private const string Absent = "\u2014";

    /// <summary>The words of each source that the rows of this table are cited for, each source and quote once, in the
    /// order the rows cite them: the quotes behind every answer the table shows.</summary>
    /// <returns>Columns <c>Source</c>, <c>Quote</c>, <c>Address</c>; rows that describe sources carry no sources of
    /// their own.</returns>
    public FactTable Quotes()
    {
        var seen = new HashSet<Citation>();
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var row in Rows)
        {
            foreach (var citation in row.Provenance?.Citations ?? ImmutableArray<Citation>.Empty)
            {
                if (seen.Add(citation))
                {
                    rows.Add(new FactRow(ImmutableArray.Create<string?>(citation.Source.Id, citation.Quote, citation.Source.AddressText), null));
                }
            }
        }

        return new FactTable($"The words each source of '{Title}' is cited for", ImmutableArray.Create("Source", "Quote", "Address"), rows.ToImmutable())
        {
            Fields = ImmutableArray.Create("source_id", "quote", "address"),
        };
    }

    /// <summary>A table of entities of any kind: ID, kind and name in <paramref name="language"/>, with their sources.</summary>
    /// <param name="entities">The entities, for example <see cref="CentralAsiaData.States"/> or a query's result.</param>
    /// <param name="language">The language of the names (<c>en</c>, <c>fr</c>, <c>ru</c>); a language the data holds
    /// no name in leaves the names absent.</param>
    /// <returns>One row per entity, in the given order.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the entities is <see langword="null"/>.</exception>
    public static FactTable ListOf(IEnumerable<Entity> entities, string language = "en")
    {
        Argument.NotNull(entities);

        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var entity in entities)
        {
            if (entity is null)
            {
                throw new ArgumentNullException(nameof(entities), "The sequence holds a null entity.");
            }

            var facts = new RowFacts(entity.Provenance);
            rows.Add(new FactRow(ImmutableArray.Create(entity.Id, entity.GetType().Name, facts.Name(entity, language)), facts.Provenance));
        }

        return new FactTable("Entities", ImmutableArray.Create("ID", "Kind", "Name"), rows.ToImmutable()) { Fields = ImmutableArray.Create("id", "kind", "name") };
    }

    /// <summary>The given events as a timeline, as <see cref="EditionReports.TimelineTable(string)"/> shows the whole
    /// process; with <paramref name="labelUnnamed"/>, for the reports people read, an event no source
    /// names shows its label in square brackets ("[expert meeting 2]") and a place with no name in
    /// <paramref name="language"/> says so ("no fr name"), where tables for programs leave both absent (the kind and the
    /// place ID are in their own columns either way).</summary>
    /// <param name="events">Events, for example the result of <see cref="Timeline.Within"/>.</param>
    /// <param name="language">The language of the names.</param>
    /// <param name="labelUnnamed">Whether the table is for people to read (table, Markdown, HTML) rather than programs.</param>
    /// <returns>Columns <c>Date</c>, <c>Precision</c>, <c>ID</c>, <c>Kind</c>, <c>Event</c>, <c>Place ID</c>,
    /// <c>Place</c>, <c>Pillars</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public static FactTable TimelineOf(ImmutableArray<Event> events, string language = "en", bool labelUnnamed = false)
    {
        Argument.NotNull(language);

        var rows = ImmutableArray.CreateBuilder<FactRow>(events.IsDefault ? 0 : events.Length);
        foreach (var e in events.IsDefault ? ImmutableArray<Event>.Empty : events)
        {
            // A pillar an event covered is a fact of its own (event_pillars.csv), with sources of its own.
            var facts = new RowFacts(e.Provenance);
            var name = facts.Name(e, language);
            var place = e.Place is null ? null : facts.Name(e.Place, language);
            foreach (var coverage in e.PillarCoverage)
            {
                facts.Add(coverage.Provenance);
            }

            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    e.Date.ToString(),
                    Vocabulary.Word(e.Date.Precision),
                    e.Id,
                    Vocabulary.Word(e.Kind),
                    name ?? (labelUnnamed ? "[" + EventLabel(e) + "]" : null),
                    e.Place?.Id,
                    place ?? (labelUnnamed && e.Place is not null ? $"(no {language} name)" : null),
                    e.Pillars.IsEmpty ? null : string.Join(ListSeparator, e.Pillars.Select(static p => p.Number.ToString()))),
                facts.Provenance));
        }

        return new FactTable("Timeline of the project", ImmutableArray.Create("Date", "Precision", "ID", "Kind", "Event", "Place ID", "Place", "Pillars"), rows.MoveToImmutable())
        {
            Fields = ImmutableArray.Create("date", "date_precision", "id", "kind", "name", "place_id", "place", "pillars"),
            ListFields = ImmutableArray.Create("pillars"),
        };
    }

    /// <summary>The given errata, as <see cref="EditionReports.ErrataTable"/> shows them all.</summary>
    /// <param name="errata">Errata, for example the result of <see cref="ErrataList.Correcting"/>.</param>
    /// <returns>One row per erratum, in the given order.</returns>
    public static FactTable ErrataOf(ImmutableArray<Erratum> errata)
    {
        var rows = ImmutableArray.CreateBuilder<FactRow>(errata.IsDefault ? 0 : errata.Length);
        foreach (var erratum in errata.IsDefault ? ImmutableArray<Erratum>.Empty : errata)
        {
            rows.Add(new FactRow(
                ImmutableArray.Create<string?>(
                    erratum.Id,
                    erratum.EntityId,
                    erratum.Field,
                    erratum.Claim,
                    string.Join(";", erratum.ClaimSources.Select(static s => s.Id)),
                    erratum.Taken,
                    erratum.Evidence),
                erratum.Provenance));
        }

        return new FactTable("Errata: claims of sources that the data does not take", ImmutableArray.Create("Erratum", "Entity", "Field", "Claimed", "Claimed by", "Taken", "Evidence"), rows.MoveToImmutable())
        {
            Fields = ImmutableArray.Create("id", "entity_id", "field", "claim", "claim_source_ids", "taken", "evidence"),
            ListFields = ImmutableArray.Create("claim_source_ids"),
        };
    }

    private static string FieldName(string heading)
    {
        var name = new StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                name.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                name.Append((char)(c + ('a' - 'A')));
            }
            else if (name.Length > 0 && name[name.Length - 1] != '_')
            {
                name.Append('_');
            }
        }

        return name.ToString().TrimEnd('_');
    }

    // A date, an ID or a code (one short run of characters, no space): a browser would break it at its hyphens
    // ("2017-" / "06-13", "LAUNCH-" / "2013"), which a report's stylesheet can forbid for cells of this class.
    // Lower-case words such as "coordination-meeting" may still break, so that a wide table keeps within the page.
    // Only a hyphen or a slash gives a browser somewhere to break such a cell.
    private static bool IsToken(string cell) =>
        cell.Length <= 32 && !cell.Any(char.IsWhiteSpace) && cell.Any(static c => c is '-' or '/') && cell.Any(static c => char.IsDigit(c) || char.IsUpper(c));

    // Whole numbers (ordinals, counts of votes) align right in the HTML table; codes such as 398 are numbers too.
    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(static c => c is >= '0' and <= '9');

    internal static string? NameOrNull(Entity entity, string language) =>
        entity.TryGetName(language, out var name) ? name.Text : null;

    /// <summary>What an event is called where no source names it: its kind and ordinal ("expert meeting 2"), made by
    /// this library from the data, never a name.</summary>
    internal static string EventLabel(Event e)
    {
        // "high-level-meeting" reads "high-level meeting": only the hyphen before the noun is a word break.
        var word = Vocabulary.Word(e.Kind);
        var last = word.LastIndexOf('-');
        var label = last < 0 ? word : word.Remove(last, 1).Insert(last, " ");
        return label + (e.Ordinal is { } n ? " " + n.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    /// <summary>The event's name, or its label in square brackets, which mark it as a label and not a name.</summary>
    internal static string NameOrLabel(Event e, string language) => NameOrNull(e, language) ?? "[" + EventLabel(e) + "]";

    private string? ForPeople(int column, string? cell) =>
        cell is not null && column < Fields.Length && ListFields.Contains(Fields[column]) ? cell.Replace(ListSeparator, ", ") : cell;

    private ImmutableArray<string> Headings() => Columns.Add(SourcesColumn).Add(GradeColumn);

    private IEnumerable<string?> Cells(FactRow row, bool forPeople = false)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            var cell = i < row.Cells.Length ? row.Cells[i] : null;
            yield return forPeople ? ForPeople(i, cell) : cell;
        }

        yield return row.Provenance?.SourceIds;

        // For people, the grade says which facts set it when the row's facts differ (N15); for programs, the letter.
        yield return forPeople ? row.Provenance?.GradeText : row.Provenance?.Grade.ToString();
    }
}
