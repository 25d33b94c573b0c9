using System.IO.Compression;
using System.Reflection;
using System.Text;
using CentralAsiaCT;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Reporting;
using NodaTime;

// Every public entry point of the package as shipped, each with an answer it must give: .ci/run runs this project
// with `dotnet run` and publishes it with Native AOT. The answers are those of the tests and the README; what is checked
// here is that the packed package, trimmed and compiled ahead of time, keeps them. The first argument is the package
// version that must be loaded.
var expectedVersion = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: PackageTest <package version>");
var data = CentralAsiaData.Default;
var passed = 0;
var failed = 0;

void Check(bool ok, string what)
{
    if (ok)
    {
        passed++;
        Console.WriteLine($"ok      {what}");
    }
    else
    {
        failed++;
        Console.WriteLine($"FAILED  {what}");
    }
}

string Ids(IEnumerable<Entity> entities) => string.Join(" ", entities.Select(e => e.Id));

var loadedVersion = typeof(CentralAsiaData).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
Check(loadedVersion.StartsWith(expectedVersion, StringComparison.Ordinal), $"the package {expectedVersion} is the one loaded ({loadedVersion})");

// Lookups and searches
Check(data.GetState("Ouzbékistan").Alpha3 == "UZB" && data.TryGetState("KZ", out var kz) && kz.Alpha3 == "KAZ", "GetState, TryGetState");
Check(data.GetState("Russie, Fédération de").Alpha3 == "RUS", "a published form folded by rule");
Check(data.GetOrganisation("OTSC").Id == "CSTO" && data.TryGetOrganisation("UNRCCA", out _), "GetOrganisation, TryGetOrganisation");
Check(data.GetPlace("Achgabat").Id == "ASHGABAT" && data.TryGetPlace("Almaty", out _), "GetPlace, TryGetPlace");
Check(data.GetDocument("JPoA").Id == "JPOA-2011" && data.TryGetDocument("Tashkent Declaration", out _), "GetDocument, TryGetDocument");
Check(data.GetReview("A/RES/62/272").Ordinal == 1 && data.TryGetReview("A/RES/64/297", out _), "GetReview, TryGetReview");
Check(data.GetPillar("II").Number == PillarNumber.II && data.GetPillar(4).Number == PillarNumber.IV && data.GetPillar(PillarNumber.I).Number == PillarNumber.I && data.TryGetPillar("III", out _), "GetPillar, TryGetPillar");
Check(data.GetEntity("EM1").Id == "EM1" && data.GetEntity<JointPlanOfAction>("JPOA-2022").Id == "JPOA-2022" && data.TryGetEntity("UN", out _) && data.TryGetEntity<State>("KAZ", out _), "GetEntity, TryGetEntity");
Check(data.GetSource("S-SEED-FR").Id == "S-SEED-FR" && data.TryGetSource("S-UNSD-M49", out _), "GetSource, TryGetSource");
Check(data.SearchStates("Kazakstan").First().Entity.Alpha3 == "KAZ", "SearchStates");
Check(data.SearchOrganisations("CIE").Single().Kind == CentralAsiaCT.Naming.MatchKind.ErroneousForm, "SearchOrganisations");
Check(data.SearchPlaces("Tachkent").Any(m => m.Entity.Id == "TASHKENT"), "SearchPlaces");
Check(data.SearchDocuments("Joint Plan of Action").First().Entity.Id == "JPOA-2011", "SearchDocuments");
Check(data.Search("A/RES/60/288").First().Entity.Id == "UNGCTS", "Search");
try
{
    data.GetState("Atlantis");
    Check(false, "GetState of an unknown name throws");
}
catch (KeyNotFoundException e)
{
    Check(e.Message.Contains("Atlantis", StringComparison.Ordinal), "GetState of an unknown name throws KeyNotFoundException naming it");
}

// The model and its queries
var plan = data.GetEntity<JointPlanOfAction>("JPOA-2011");
Check(Ids(plan.Parties) == "KAZ KGZ TJK TKM" && Ids(plan.Observers) == "UZB" && plan.StatesWith(JointPlanStatus.Adopted).Length == 4, "a plan's parties and observers");
Check(data.StatusOn(data.GetState("UZ"), new LocalDate(2023, 1, 1))?.Status == JointPlanStatus.Adopted, "StatusOn");
Check(data.HasStatusOn("UZ", JointPlanStatus.Observer, new LocalDate(2015, 1, 1)), "HasStatusOn");
Check(data.TryGetPlanInForce(new LocalDate(2023, 1, 1), out var inForce) && inForce.Id == "JPOA-2022", "TryGetPlanInForce");
Check(Ids(data.EventsCovering(data.GetPillar("II"))) == "EM2", "EventsCovering");
Check(Ids(data.EventsAt(data.GetPlace("Almaty"))) == "EM3 CONSULT-2012", "EventsAt");
Check(Ids(data.EventsHostedBy(data.GetState("Slovakia"))) == "EM1", "EventsHostedBy");
var september = new DateInterval(new LocalDate(2010, 9, 1), new LocalDate(2010, 9, 15));
Check(!data.EventsWithin(september).Any() && Ids(data.EventsPossiblyWithin(september)) == "LAUNCH-2010", "EventsWithin, EventsPossiblyWithin");
Check(Ids(data.EventsBefore(new LocalDate(2011, 1, 1))) == "LAUNCH-2010 EM1" && Ids(data.EventsAfter(new LocalDate(2020, 1, 1))) == "CONF-2022 EWN-2022", "EventsBefore, EventsAfter");
Check(Ids(data.PillarsCoveredBy(new LocalDate(2011, 6, 30))) == "PILLAR-I PILLAR-II PILLAR-IV", "PillarsCoveredBy");
Check(Ids(data.PillarsCoveredInEventsHostedBy(data.GetState("SK"))) == "PILLAR-I PILLAR-IV", "PillarsCoveredInEventsHostedBy");
Check(Ids(data.OrganisationsWithRole(Role.Stakeholder)) == "UN CIS CSTO OIC OSCE NATO SCO", "OrganisationsWithRole");
Check(Ids(data.OrganisationsOfKind(OrganisationKind.UnEntity)) == "CTITF UNRCCA UNOCT", "OrganisationsOfKind");
Check(data.ParticipationsOf(data.GetOrganisation("EU")).Any() && data.ParticipationsIn(plan).Any() && data.ParticipationsWithRole(Role.Funder).Any(), "ParticipationsOf, ParticipationsIn, ParticipationsWithRole");
Check(data.ErrataOf(data.GetEntity("EM2")).Any() && data.ErrataCorrecting(data.GetSource("S-SEED-FR")).Any() && data.FactsCiting(data.GetSource("S-SEED-FR")).Any(), "ErrataOf, ErrataCorrecting, FactsCiting");
Check(data.States.Length == 16 && data.Pillars.Length == 4 && data.Strategy.Reviews.Length == 9 && data.Timeline.Length > 0
      && data.Organisations.Length > 0 && data.Places.Length > 0 && data.Plans.Length == 2 && data.Declarations.Length > 0
      && data.Initiatives.Length > 0 && data.Participations.Length > 0 && data.Hosts.Length > 0 && data.Errata.Length > 0 && data.Sources.Length > 0, "the collections");
Check(data.Name.Length > 0 && data.Title.Length > 0 && data.Version.Length > 0 && data.License == "CC-BY-4.0" && data.Created.ToUnixTimeSeconds() > 0 && data.ToString().Length > 0, "the edition's metadata");
var uzbekistan = data.GetState("UZB");
Check(uzbekistan.NameAt(new LocalDate(2020, 1, 1), "fr")?.Text == "Ouzbékistan" && uzbekistan.Names.Any(n => n.Kind == CentralAsiaCT.Naming.NameKind.Formal), "names");
var source = uzbekistan.Provenance.Sources.First();
Check(uzbekistan.Provenance.QuoteOf(source) is not null && uzbekistan.Provenance.Citations.Length > 0, "citations and quotes");
Check(KnownDate.InMonth(new YearMonth(2010, 9)).MayInclude(new LocalDate(2010, 9, 3)) && KnownDate.OnDay(new LocalDate(2011, 11, 30)).ToString() == "2011-11-30", "KnownDate");

// Reports, exports, loading and validation
Check(data.StatesTable("fr").ToMarkdown().Contains("Ouzbékistan", StringComparison.Ordinal) && data.StatesTableOf([uzbekistan]).Rows.Length == 1, "StatesTable, StatesTableOf");
Check(data.TimelineTable().ToCsv().Contains("EM1", StringComparison.Ordinal) && data.OrganisationsTable().ToJson().Contains("CSTO", StringComparison.Ordinal), "TimelineTable as CSV, OrganisationsTable as JSON");
Check(data.ReviewsTable().ToHtml().Contains("<table", StringComparison.Ordinal) && data.PhasesTable().Rows.Length > 0 && data.PlansTable().Rows.Length == 2, "ReviewsTable, PhasesTable, PlansTable");
Check(data.ErrataTable().Rows.Length > 0 && data.SourcesTable().Rows.Length > 0 && data.SourcesTableOf(uzbekistan).Rows.Length > 0, "ErrataTable, SourcesTable, SourcesTableOf");
Check(data.TimelineToSvg().StartsWith("<svg", StringComparison.Ordinal) && data.ToHtml().Contains("<html", StringComparison.Ordinal) && data.ToMarkdown().Length > 0, "TimelineToSvg, ToHtml, ToMarkdown");
using (var json = new MemoryStream())
{
    data.WriteJson(json);
    Check(Encoding.UTF8.GetString(json.ToArray()).Contains("\"JPOA-2011\"", StringComparison.Ordinal), "WriteJson");
}

var folder = Path.Combine(Path.GetTempPath(), "centralasiact-aot-" + Guid.NewGuid().ToString("N"));
try
{
    var written = data.ExportTo(Path.Combine(folder, "package"));
    var loaded = CentralAsiaData.Load(Path.Combine(folder, "package"));
    Check(written.Length > 0 && loaded.HasSameDataAs(data), "ExportTo, then Load from a folder");
    Check(CentralAsiaData.ValidatePackage(Path.Combine(folder, "package")).IsValid && data.Validate().IsValid, "ValidatePackage, Validate");
    ZipFile.CreateFromDirectory(Path.Combine(folder, "package"), Path.Combine(folder, "package.zip"));
    using (var zip = File.OpenRead(Path.Combine(folder, "package.zip")))
    {
        Check(CentralAsiaData.Load(zip).HasSameDataAs(data), "Load from a zip archive");
    }

    using (var zip = File.OpenRead(Path.Combine(folder, "package.zip")))
    {
        Check(CentralAsiaData.ValidatePackage(zip).IsValid, "ValidatePackage of a zip archive");
    }

    File.AppendAllText(Path.Combine(folder, "package", "places.csv"), "ALMATY,\"KAZ\r\n");
    Check(CentralAsiaData.ValidatePackage(Path.Combine(folder, "package")).Errors.Any(p => p.RuleId == "CSV001"), "a broken package is reported");
    foreach (var format in Enum.GetValues<ExportFormat>())
    {
        Check(data.Export(Path.Combine(folder, format.ToString()), format).Length > 0, $"Export as {format}");
    }

    Check(PublishedDataPackage.FileNames.Contains("datapackage.json") && PublishedDataPackage.ExportTo(Path.Combine(folder, "published")).Length == PublishedDataPackage.FileNames.Length, "PublishedDataPackage.ExportTo");
    using var descriptor = PublishedDataPackage.Open("datapackage.json");
    Check(descriptor.ReadByte() == '{', "PublishedDataPackage.Open");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

Console.WriteLine($"package test: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
