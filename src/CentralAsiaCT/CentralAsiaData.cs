using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Reporting;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// One edition of the data set: the Strategy, its pillars and reviews; the initiatives of the Central Asia project, their
/// events, plans and declarations; the states, organisations and places; who took which role; and the sources and errata
/// behind every fact. It holds what crosses kinds: one collection per kind, each answering its own questions
/// (<c>data.States.Get("Kazakstan")</c>, <c>data.Plans.InForceOn(day)</c>, <c>data.Timeline.Within(interval)</c>), a
/// search across kinds (<see cref="Entities"/>), validation, export, the version and the changes since another
/// edition. Immutable and safe to share between threads. <see cref="Default"/> is the edition that ships in this package.
/// </summary>
public sealed partial class CentralAsiaData
{
    // Private and never changed after construction. The reader builds each part of the model on first use: a question
    // pays only for the tables it touches (benchmarks/README.md, "Cold start").
    private readonly DataSetReader _reader;
    private readonly TableSet _tables;
    private readonly PackageDescriptor? _descriptor;
    private EditionReports? _reports;

    // Each collection is made when first asked for: a program that asks about plans builds no other.
    private PillarSet? _pillars;
    private EntitySet<Review>? _reviews;
    private EntitySet<Initiative>? _initiatives;
    private DocumentSet? _documents;
    private PlanSet? _plans;
    private Timeline? _timeline;
    private EntitySet<State>? _states;
    private OrganisationSet? _organisations;
    private EntitySet<Place>? _places;
    private ParticipationList? _participations;
    private ErrataList? _errata;
    private SourceList? _sources;
    private EntitySet<Entity>? _entities;

    internal CentralAsiaData(PackageMetadata metadata, DataSetReader reader, TableSet tables, PackageDescriptor? descriptor)
    {
        _reader = reader;
        _tables = tables;
        _descriptor = descriptor;
        Name = metadata.Name;
        Title = metadata.Title;
        Version = metadata.Version;
        License = metadata.License;
    }

    /// <summary>
    /// The edition compiled into this package. Built on first access (thread-safe, once per process) from tables
    /// compiled into the assembly, without reading any file.
    /// </summary>
    public static CentralAsiaData Default => DefaultHolder.Instance;

    /// <summary>The name of the data package, <c>centralasiact</c>.</summary>
    public string Name { get; }

    /// <summary>The title of the data package.</summary>
    public string Title { get; }

    /// <summary>The semantic version of the data (not of the code), as in <c>data/datapackage.json</c>.</summary>
    public string Version { get; }

    /// <summary>When this version of the data package was created.</summary>
    public Instant Created => _reader.Created;

    /// <summary>The SPDX identifier of the data licence, <c>CC-BY-4.0</c>.</summary>
    public string License { get; }

    /// <summary>The United Nations Global Counter-Terrorism Strategy (A/RES/60/288).</summary>
    public Strategy Strategy => _reader.Strategy;

    /// <summary>The four pillars of the Strategy, in the order of their numbers: <c>data.Pillars.Get(2)</c>,
    /// <c>data.Pillars.Get("pilier III")</c>.</summary>
    public PillarSet Pillars => OnFirstUse.Get(ref _pillars, _reader, static r => new PillarSet(r));

    /// <summary>The General Assembly's reviews of the Strategy, in order, found by their resolution's symbol
    /// (<c>data.Reviews.Get("A/RES/62/272")</c>; slashes, spaces and case do not matter) or ID.</summary>
    public EntitySet<Review> Reviews => OnFirstUse.Get(ref _reviews, _reader, static r => new EntitySet<Review>("review", r, static r => r.Strategy.Reviews, static v => v.Symbol is { } symbol ? [symbol] : []));

    /// <summary>Every initiative (phase of the Central Asia project), in the order of the data package.</summary>
    public EntitySet<Initiative> Initiatives => OnFirstUse.Get(ref _initiatives, _reader, static r => new EntitySet<Initiative>("initiative", r, static r => r.Initiatives));

    /// <summary>Every document adopted in the process, in the order of the data package, found by name or acronym in any
    /// language ("JPoA", "Tashkent Declaration") or ID; <c>data.Documents.Declarations</c> holds the declarations.</summary>
    public DocumentSet Documents => OnFirstUse.Get(ref _documents, _reader, static r => new DocumentSet(r));

    /// <summary>Every Joint Plan of Action (the 2011 plan and its 2022 update), in the order of the data package. The
    /// edition has no "the plan": ask <see cref="PlanSet.InForceOn(LocalDate)"/> which one was in force on a day.</summary>
    public PlanSet Plans => OnFirstUse.Get(ref _plans, _reader, static r => new PlanSet(r));

    /// <summary>Every event of the project from its launch in 2010, in chronological order (then by their ordinal).</summary>
    public Timeline Timeline => OnFirstUse.Get(ref _timeline, _reader, static r => new Timeline(r));

    /// <summary>The states named in the data, in the order of the data package, found by ISO 3166-1 alpha-2, alpha-3 or
    /// numeric code, UN M49 code, or any name the data holds ("Kirghizistan", "Туркменистан", "U.S.A.").</summary>
    public EntitySet<State> States => OnFirstUse.Get(ref _states, _reader, static r => new EntitySet<State>("state", r, static r => r.States, static s => StateCodes(s)));

    /// <summary>The organisations, in the order of the data package.</summary>
    public OrganisationSet Organisations => OnFirstUse.Get(ref _organisations, _reader, static r => new OrganisationSet(r));

    /// <summary>The places, in the order of the data package, found by any name or spelling ("Achgabat", "Douchanbé").</summary>
    public EntitySet<Place> Places => OnFirstUse.Get(ref _places, _reader, static r => new EntitySet<Place>("place", r, static r => r.Places));

    /// <summary>Every role taken by a state or organisation, each with its sources.</summary>
    public ParticipationList Participations => OnFirstUse.Get(ref _participations, _reader, static r => new ParticipationList(r));

    /// <summary>The claims of sources that the data does not take, with the value taken and the evidence.</summary>
    public ErrataList Errata => OnFirstUse.Get(ref _errata, _reader, static r => new ErrataList(r));

    /// <summary>Every source that a fact of this edition cites.</summary>
    public SourceList Sources => OnFirstUse.Get(ref _sources, _reader, static r => new SourceList(r));

    /// <summary>Every entity of every kind, found by ID (<c>KAZ</c>, <c>UNRCCA</c>, <c>EM2</c>, <c>JPOA-2022</c>),
    /// code or name; <see cref="EntitySet{T}.Search"/> searches across kinds, and
    /// <see cref="EntitySet{T}.Get{TKind}(string)"/> asks for one kind.</summary>
    public EntitySet<Entity> Entities => OnFirstUse.Get(ref _entities, _reader, static r => new EveryEntity(r));

    /// <summary>Tables and documents for people to read (Markdown, HTML, SVG, CSV and JSON), each row with its sources.</summary>
    public EditionReports Reports => OnFirstUse.Get(ref _reports, this, static data => new EditionReports(data));

    /// <summary>The tables of this edition, for the reports and the comparison of editions.</summary>
    internal TableSet Tables => _tables;

    /// <summary>The descriptor of this edition: its own when it was read from files, else the published one.</summary>
    internal PackageDescriptor Descriptor => _descriptor ?? PackageDescriptor.Published;

    /// <summary>The reader of this edition, for the questions that cross kinds.</summary>
    internal DataSetReader Reader => _reader;

    /// <summary>Writes the edition into <paramref name="directory"/> (created if missing) in the given form: the data
    /// package (for <see cref="Default"/>, byte for byte the published files), one JSON, Markdown or HTML document, the
    /// timeline picture, or the flat views.</summary>
    /// <param name="directory">The folder to write into; existing files of the same names are replaced.</param>
    /// <param name="format">The form.</param>
    /// <returns>The full paths of the files written (for a data package, the descriptor first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public ImmutableArray<string> Export(string directory, ExportFormat format) => Reports.Write(directory, format);

    /// <summary>Writes this edition as a data package: its descriptor and one CSV file per table (UTF-8, RFC 4180).</summary>
    internal ImmutableArray<string> WritePackage(string directory) => PackageWriter.Write(_tables, Descriptor, Descriptor.Json, directory);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version}";

    // The codes a state is looked up by besides its ID.
    private static IEnumerable<string> StateCodes(State state)
    {
        yield return state.Alpha2;
        yield return state.Numeric;
        yield return state.Numeric.TrimStart('0');
        yield return state.M49;
    }

    // As NodaTime's providers: a nested holder defers building until Default is first read, the runtime's type
    // initialisation makes it thread-safe and once-only, and the empty static constructor keeps the type from being
    // marked beforefieldinit, so that it is built on first access and not earlier.
    private static class DefaultHolder
    {
        internal static readonly CentralAsiaData Instance = DataSetReader.Read(BuiltInPackage.ReadTables());

        static DefaultHolder()
        {
        }
    }
}
