using System.Collections.Immutable;

namespace CentralAsiaCT.Validation;

/// <summary>Every rule that <see cref="CentralAsiaData.Validate"/> and the loaders check, with its stable ID.</summary>
public static class ValidationRules
{
    /// <summary>More problems were found than a report lists; the rest are left out.</summary>
    public static ValidationRule TooManyProblems { get; } = new("PKG000", Severity.Error, "a report lists at most 1,000 problems; a last line says when there were more");

    /// <summary>The descriptor <c>datapackage.json</c> is missing.</summary>
    public static ValidationRule DescriptorMissing { get; } = new("PKG001", Severity.Error, "datapackage.json is present");

    /// <summary>The descriptor is not JSON, or is nested too deeply.</summary>
    public static ValidationRule DescriptorNotJson { get; } = new("PKG002", Severity.Error, "datapackage.json is JSON, nested at most 64 levels deep");

    /// <summary>The descriptor lacks a required property or has the wrong shape.</summary>
    public static ValidationRule DescriptorShape { get; } = new("PKG003", Severity.Error, "datapackage.json has name, version, licenses and resources, each resource a name, a path inside the package and a schema with fields; every resource the model needs is there");

    /// <summary>A file is larger than the loader accepts.</summary>
    public static ValidationRule FileTooLarge { get; } = new("PKG004", Severity.Error, "each file is at most 4 MiB and the package at most 16 MiB, with at most 64 resources (the default PackageLimits, which Load and ValidatePackage take); within the defaults, any package is validated or refused within a budget of 2 s of CPU and 256 MiB (measured in benchmarks/)");

    /// <summary>A resource's file is missing.</summary>
    public static ValidationRule FileMissing { get; } = new("PKG005", Severity.Error, "every resource's file exists");

    /// <summary>A file is not UTF-8.</summary>
    public static ValidationRule NotUtf8 { get; } = new("PKG006", Severity.Error, "every file is valid UTF-8");

    /// <summary>A file starts with a byte-order mark.</summary>
    public static ValidationRule ByteOrderMark { get; } = new("PKG007", Severity.Warning, "no file starts with a byte-order mark (one is accepted and skipped)");

    /// <summary>The input is not a data package at all: no such folder, a file that is not a zip archive, a file that cannot be read.</summary>
    public static ValidationRule NotAPackage { get; } = new("PKG008", Severity.Error, "the input is a folder or a zip archive whose files can be read");

    /// <summary>A file of a package folder is a link (or a Windows reparse point) that leads outside the folder.</summary>
    public static ValidationRule LinkOutside { get; } = new("PKG009", Severity.Error, "no file of a package folder is a link that leads outside the folder");

    /// <summary>The descriptor's <c>version</c> is not semver, or its <c>created</c> is not a UTC instant.</summary>
    public static ValidationRule VersionAndCreated { get; } = new("PKG010", Severity.Error, "version is a semantic version (MAJOR.MINOR.PATCH) and created a UTC instant (YYYY-MM-DDTHH:MM:SSZ)");

    /// <summary>A resource path is not a plain file name that every operating system opens as it is.</summary>
    public static ValidationRule ResourcePath { get; } = new("PKG011", Severity.Error, "every resource path is a plain file name of the package folder, checked as text before any file call: at most 255 characters, no control or format character, no folder separator or drive (/, \\, :), none of the characters Windows refuses in a name (< > \" ? * and the vertical bar), no leading dot or space, no trailing dot or space, no Windows device name (CON, NUL, COM1...)");

    /// <summary>A resource of a package folder is not a regular file with content.</summary>
    public static ValidationRule NotAFile { get; } = new("PKG012", Severity.Error, "every resource of a package folder is a regular file with content (or a link to one inside the folder): a folder, or a file that reports no length (a pipe, a socket, a device, an empty file), is reported and never opened");

    /// <summary>A table or column of a newer minor edition that this library does not know, and does not read.</summary>
    public static ValidationRule NotReadNewer { get; } = new("PKG013", Severity.Notice, "a table or column that a newer minor edition adds, which this library does not know, is named and not read");

    /// <summary>A row of an older minor edition that holds a word a later version retired, and is not read.</summary>
    public static ValidationRule RetiredWord { get; } = new("PKG014", Severity.Notice, "a row of an older minor edition that holds a word a later data version retired is named, with what took its place, and not read");

    /// <summary>A CSV file is malformed.</summary>
    public static ValidationRule MalformedCsv { get; } = new("CSV001", Severity.Error, "CSV is well formed (RFC 4180): quotes closed, nothing after a closing quote, records under 1 MiB");

    /// <summary>A row has the wrong number of cells.</summary>
    public static ValidationRule CellCount { get; } = new("CSV002", Severity.Error, "every row has as many cells as the header");

    /// <summary>The header differs from the schema.</summary>
    public static ValidationRule Header { get; } = new("CSV003", Severity.Error, "the header names the schema's fields, in order, none missing, none extra");

    /// <summary>A CSV file is empty.</summary>
    public static ValidationRule EmptyFile { get; } = new("CSV004", Severity.Error, "no CSV file is empty (it has at least its header)");

    /// <summary>A required cell is empty.</summary>
    public static ValidationRule Required { get; } = new("TYP001", Severity.Error, "required cells are not empty");

    /// <summary>A cell does not hold its field's type.</summary>
    public static ValidationRule FieldType { get; } = new("TYP002", Severity.Error, "each cell holds its field's type: integer (32 bits, digits with an optional sign, read alike by the rules and the model), date (YYYY-MM-DD), list");

    /// <summary>A cell breaks its pattern.</summary>
    public static ValidationRule Pattern { get; } = new("TYP003", Severity.Error, "each cell matches its field's pattern, a regular expression of at most 1,000 characters with no backreference or lookaround, run by .NET's linear-time engine (net10.0) or within 1 s for all the patterns of a package (netstandard2.0: cells beyond it get a CHK001 notice)");

    /// <summary>A cell is not one of the allowed values.</summary>
    public static ValidationRule Enum { get; } = new("TYP004", Severity.Error, "each cell is one of its field's allowed values");

    /// <summary>A number is out of range.</summary>
    public static ValidationRule Range { get; } = new("TYP005", Severity.Error, "each number lies within its field's minimum and maximum");

    /// <summary>A key is not unique.</summary>
    public static ValidationRule UniqueKey { get; } = new("KEY001", Severity.Error, "primary keys and unique fields are unique");

    /// <summary>A reference does not resolve.</summary>
    public static ValidationRule Reference { get; } = new("REF001", Severity.Error, "every foreign key resolves (every entity, pillar, place, event referenced exists)");

    /// <summary>An entity's kind disagrees with the table that defines it.</summary>
    public static ValidationRule EntityKind { get; } = new("ENT001", Severity.Error, "every registered entity is defined once, in the table of its kind");

    /// <summary>A fact cites no source.</summary>
    public static ValidationRule NoSource { get; } = new("SRC001", Severity.Error, "every fact cites at least one source");

    /// <summary>A fact cites an unknown source.</summary>
    public static ValidationRule UnknownSource { get; } = new("SRC002", Severity.Error, "every source a fact cites is in the sources table");

    /// <summary>A source is never cited.</summary>
    public static ValidationRule UncitedSource { get; } = new("SRC003", Severity.Warning, "every source is cited by at least one fact");

    /// <summary>A source's address is not an absolute address.</summary>
    public static ValidationRule SourceAddress { get; } = new("SRC004", Severity.Error, "every source's address is an absolute address (a URI such as https://...)");

    /// <summary>A source's copy and its original address do not go together.</summary>
    public static ValidationRule CopyAndOriginal { get; } = new("SRC005", Severity.Error, "a source read on a copy (archive, reproduction, mirror) names its publisher's own address (original_address), and a source that names one says what kind of copy it was read on") { Since = "2.4.0" };

    /// <summary>A grade is not a shipped grade.</summary>
    public static ValidationRule Grade { get; } = new("GRD001", Severity.Error, "every fact's grade is A or B (grade C facts are not shipped)");

    /// <summary>A fact graded A rests on copies alone.</summary>
    public static ValidationRule GradeOnCopies { get; } = new("GRD002", Severity.Error, "a fact graded A has at least one source read at its publisher's own address or a web archive of it (a fact whose every source is a reproduction or a mirror is B at most)");

    /// <summary>A fact is graded A on one secondary source.</summary>
    public static ValidationRule GradeOnOneSecondarySource { get; } = new("GRD003", Severity.Error, "a fact graded A rests on an official page read first-hand (of the UN, an organisation or a government: sources.publisher_kind) or on two first-hand sources of different publishers; on one secondary source it is B at most") { Since = "2.4.0" };

    /// <summary>A document's own adoption date lacks its sources or falls outside its meeting.</summary>
    public static ValidationRule DocumentDate { get; } = new("DOC001", Severity.Error, "a document's own adoption date has its sources and grade, and lies within the days of the meeting that adopted it");

    /// <summary>Two official names are in force at once.</summary>
    public static ValidationRule OneOfficialName { get; } = new("NAM001", Severity.Error, "at most one official name per entity and language is in force on any day");

    /// <summary>A name's validity ends before it starts.</summary>
    public static ValidationRule NameValidity { get; } = new("NAM002", Severity.Error, "a name's validity does not end before it starts");

    /// <summary>A former name overlaps the name that replaced it.</summary>
    public static ValidationRule NamePeriodsOverlap { get; } = new("NAM003", Severity.Error, "a former name's validity does not overlap that of an official or short name of the same entity and language");

    /// <summary>An event ends before it starts.</summary>
    public static ValidationRule EventEnd { get; } = new("DAT001", Severity.Error, "an event's end is not before its start");

    /// <summary>A date does not match its precision.</summary>
    public static ValidationRule DatePrecision { get; } = new("DAT002", Severity.Error, "a date is written as its precision says (day: YYYY-MM-DD; month: YYYY-MM; year: YYYY; a range has an end)");

    /// <summary>A date taken disagrees with a claim of the same event.</summary>
    public static ValidationRule ClaimAgreement { get; } = new("DAT003", Severity.Error, "an event's date agrees with every source's dated claim of it (a day-level date lies in the claimed month)");

    /// <summary>An event falls outside the project.</summary>
    public static ValidationRule ProjectPeriod { get; } = new("DAT004", Severity.Error, "an initiative's events lie within its span where the sources give it: after the closing of the phase it follows, and not after its own closing event");

    /// <summary>The consultation's events are out of order.</summary>
    public static ValidationRule ConsultationOrder { get; } = new("DAT005", Severity.Error, "the numbered events of an initiative (expert meetings, coordination meetings) follow their ordinals in time, kind by kind, and its high-level meetings follow its expert meetings");

    /// <summary>A review's ordinal and its date disagree.</summary>
    public static ValidationRule ReviewOrder { get; } = new("DAT006", Severity.Error, "the Strategy's reviews follow their ordinals in time (where both dates are known), and a review's date has its precision (both or neither)");

    /// <summary>A role is taken by something that is neither a state nor an organisation.</summary>
    public static ValidationRule Participant { get; } = new("ROL001", Severity.Error, "every role is taken by a state or an organisation, and every standing in an organisation (memberships) by a state in an organisation");

    /// <summary>A role's validity ends before it starts.</summary>
    public static ValidationRule RoleValidity { get; } = new("ROL002", Severity.Error, "a role's validity does not end before it starts (its bounds are days, months or years, as their form says)");

    /// <summary>A state holds two standings in one organisation on the same day.</summary>
    public static ValidationRule StandingOverlap { get; } = new("ROL003", Severity.Error, "no state holds two standings in one organisation on the same day (a gap, a return or a change of standing is a row of its own)") { Since = "2.4.0" };

    /// <summary>The organisations' parents form a cycle.</summary>
    public static ValidationRule ParentCycle { get; } = new("ORG001", Severity.Error, "no organisation is its own parent, directly or through others");

    /// <summary>An adopter or observer of the plan is not Central Asian.</summary>
    public static ValidationRule CentralAsianParties { get; } = new("JPA001", Severity.Error, "every Joint Plan of Action names the M49 sub-region it covers (region_m49), a sub-region of the states of the data, and its adopters and observers are states of that region");

    /// <summary>A state both adopted and observed.</summary>
    public static ValidationRule AdopterOrObserver { get; } = new("JPA002", Severity.Error, "no state is both adopter and observer of a plan on the same day");

    /// <summary>An updated plan is not adopted after the plan it updates.</summary>
    public static ValidationRule PlanUpdate { get; } = new("JPA003", Severity.Error, "a plan that updates another updates a plan (not a declaration, nor itself) and is adopted after it");

    /// <summary>The phases of the project are numbered against the order they follow.</summary>
    public static ValidationRule PhaseOrder { get; } = new("INI001", Severity.Error, "a phase that follows another has the next number and is launched after that phase's launch, and no phases follow each other in a cycle");

    /// <summary>A source that a fact cites has no quote in the citations table.</summary>
    public static ValidationRule CitationQuote { get; } = new("CIT001", Severity.Error, "every citation of a fact (each source of a row's source_ids, of an erratum's claim_source_ids and of a document's date_source_ids) has a quote in the citations table");

    /// <summary>A quote of the citations table belongs to no citation of a row.</summary>
    public static ValidationRule QuoteCitation { get; } = new("CIT002", Severity.Error, "every quote belongs to a citation: its table, row key, column and source name a source that the row cites in that column");

    /// <summary>A review's vote counts disagree with how it was adopted.</summary>
    public static ValidationRule ReviewVote { get; } = new("REV001", Severity.Error, "a review's vote counts are given for a recorded vote only, all three together");

    /// <summary>An ISO code is malformed.</summary>
    public static ValidationRule IsoFormat { get; } = new("ISO001", Severity.Error, "ISO 3166-1 alpha-2 is two capital letters, alpha-3 three, numeric and M49 three digits");

    /// <summary>ISO codes look inconsistent with each other.</summary>
    public static ValidationRule IsoConsistency { get; } = new("ISO002", Severity.Warning, "a state's alpha-2 and alpha-3 codes start with the same letter, and its numeric code equals its M49 code");

    /// <summary>An erratum lacks its claim or value taken.</summary>
    public static ValidationRule Erratum { get; } = new("ERR001", Severity.Error, "an erratum names both the source's claim and the value taken, with evidence");

    /// <summary>The model could not be built from otherwise valid tables.</summary>
    public static ValidationRule Model { get; } = new("MOD001", Severity.Error, "the tables form one data set: exactly one strategy, and at least one initiative");

    /// <summary>A rule was not checked on a row (or a table) because a cell it reads is reported broken above.</summary>
    public static ValidationRule NotChecked { get; } = new("CHK001", Severity.Notice, "a rule that reads a cell reported broken (or a table that could not be read) skips that row, and says so");

    /// <summary>Every rule, in the order of their IDs' groups.</summary>
    public static ImmutableArray<ValidationRule> All { get; } =
    [
        TooManyProblems, DescriptorMissing, DescriptorNotJson, DescriptorShape, FileTooLarge, FileMissing, NotUtf8, ByteOrderMark,
        NotAPackage, LinkOutside, VersionAndCreated, ResourcePath, NotAFile, NotReadNewer, RetiredWord,
        MalformedCsv, CellCount, Header, EmptyFile,
        Required, FieldType, Pattern, Enum, Range, UniqueKey, Reference, EntityKind,
        NoSource, UnknownSource, UncitedSource, SourceAddress, CopyAndOriginal, Grade, GradeOnCopies, GradeOnOneSecondarySource,
        OneOfficialName, NameValidity, NamePeriodsOverlap,
        EventEnd, DatePrecision, ClaimAgreement, ProjectPeriod, ConsultationOrder, ReviewOrder,
        Participant, RoleValidity, StandingOverlap, ParentCycle, CentralAsianParties, AdopterOrObserver, PlanUpdate, DocumentDate, PhaseOrder, ReviewVote, CitationQuote, QuoteCitation, IsoFormat, IsoConsistency, Erratum, Model, NotChecked,
    ];
}
