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

// A portable app (no RID) on linux-x64 runs the package's ReadyToRun image, not the IL of lib/net10.0: the host's list of
// trusted assemblies says which file it chose. A Native AOT build has no such list (and no assembly files).
if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string trusted && System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
{
    var location = trusted.Split(Path.PathSeparator).Single(p => Path.GetFileName(p) == "CentralAsiaCT.dll");
    using var image = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(location));
    Check(location.Replace('\\', '/').Contains("runtimes/linux-x64/lib/net10.0/", StringComparison.Ordinal) && image.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0,
        $"the ReadyToRun image is the one loaded ({location})");
}

// Lookups and searches
Check(data.States.Get("Ouzbékistan").Alpha3 == "UZB" && data.States.TryGet("KZ", out var kz) && kz.Alpha3 == "KAZ", "States.Get, States.TryGet");
Check(data.States.Get("Russie, Fédération de").Alpha3 == "RUS", "a published form folded by rule");
Check(data.Organisations.Get("OTSC").Id == "CSTO" && data.Organisations.TryGet("UNRCCA", out _), "Organisations.Get, TryGet");
Check(data.Places.Get("Achgabat").Id == "ASHGABAT" && data.Places.TryGet("Almaty", out _), "Places.Get, TryGet");
Check(data.Documents.Get("JPoA").Id == "JPOA-2011" && data.Documents.TryGet("Tashkent Declaration", out _), "Documents.Get, TryGet");
Check(data.Reviews.Get("A/RES/62/272").Ordinal == 1 && data.Reviews.TryGet("A/RES/64/297", out _), "Reviews.Get, TryGet");
Check(data.Pillars.Get("II").Number == PillarNumber.II && data.Pillars.Get(4).Number == PillarNumber.IV && data.Pillars.Get(PillarNumber.I).Number == PillarNumber.I && data.Pillars.TryGet("III", out _), "Pillars.Get, TryGet");
Check(data.Entities.Get("EM1").Id == "EM1" && data.Plans.Get("JPOA-2022").Id == "JPOA-2022" && data.Entities.TryGet("UN", out _) && data.States.TryGet("KAZ", out _), "Entities.Get, Plans.Get, Entities.TryGet");
Check(data.Sources.Get("S-SEED-FR").Id == "S-SEED-FR" && data.Sources.TryGet("S-UNSD-M49", out _), "Sources.Get, TryGet");
Check(data.States.Search("Kazakstan").First().Entity.Alpha3 == "KAZ", "States.Search");
Check(data.Organisations.Search("CIE").Single().Kind == CentralAsiaCT.Naming.MatchKind.ErroneousForm, "Organisations.Search");
Check(data.Places.Search("Tachkent").Any(m => m.Entity.Id == "TASHKENT"), "Places.Search");
Check(data.Documents.Search("Joint Plan of Action").First().Entity.Id == "JPOA-2011", "Documents.Search");
Check(data.Entities.Search("A/RES/60/288").First().Entity.Id == "UNGCTS", "Entities.Search");
try
{
    data.States.Get("Atlantis");
    Check(false, "States.Get of an unknown name throws");
}
catch (KeyNotFoundException e)
{
    Check(e.Message.Contains("Atlantis", StringComparison.Ordinal), "States.Get of an unknown name throws KeyNotFoundException naming it");
}

// The model and its queries
var plan = data.Plans.Get("JPOA-2011");
Check(Ids(plan.Parties) == "KAZ KGZ TJK TKM" && Ids(plan.Observers) == "UZB" && plan.StatesWith(JointPlanStatus.Adopted, plan.AdoptedOn.First).Length == 4, "a plan's parties and observers");
Check(data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2023, 1, 1))?.Status == JointPlanStatus.Adopted, "Plans.StatusOn");
Check(data.Plans.StatusOn(data.States.Get("UZ"), new LocalDate(2015, 1, 1))?.Status == JointPlanStatus.Observer, "Plans.StatusOn on a day");
Check(data.Plans.InForceOn(new LocalDate(2023, 1, 1))?.Id == "JPOA-2022", "Plans.InForceOn");
Check(Ids(data.Timeline.Covering(data.Pillars.Get("II"))) == "EM2", "Timeline.Covering");
Check(Ids(data.Timeline.At(data.Places.Get("Almaty"))) == "EM3 CONSULT-2012 WS-2013-11 WS-2016-03 EWN-CONF-2023-12", "Timeline.At");
Check(Ids(data.Timeline.HostedBy(data.States.Get("Slovakia"))) == "EM1", "Timeline.HostedBy");
var september = new DateInterval(new LocalDate(2010, 9, 1), new LocalDate(2010, 9, 15));
Check(!data.Timeline.Within(september).Any() && Ids(data.Timeline.PossiblyWithin(september)) == "LAUNCH-2010", "Timeline.Within, PossiblyWithin");
Check(Ids(data.Timeline.Before(new LocalDate(2011, 1, 1))) == "LAUNCH-2010 EM1" && Ids(data.Timeline.After(new LocalDate(2024, 1, 1))) == "EWN-CONF-2024-09 BRF-2025-07 EWN-SEM-2025-07 EWN-TRN-2025-09 EWN-CONF-2025-10", "Timeline.Before, After");
Check(Ids(data.Timeline.InYear(2019)) == "CM2-2019 TR-2019-08" && data.Timeline.OfKind(EventKind.Consultation).Count(e => e.Scope == EventScope.National) == 5, "Timeline.InYear, OfKind, Event.Scope");
var csto = data.Organisations.Get("CSTO");
Check(data.States.Get("UZ").StandingTowards(csto, new LocalDate(2015, 1, 1)).Kind == StandingKind.NotHeld
      && Ids(csto.RosterOn(new LocalDate(2011, 1, 1)).Participants) == "KAZ KGZ TJK UZB"
      && data.States.Get("UZ").StandingsTowards(csto).Count(s => s.Kind == StandingKind.Held) == 2, "StandingTowards, StandingsTowards, RosterOn");
Check(Ids(data.Timeline.PillarsCoveredBy(new LocalDate(2011, 6, 30))) == "PILLAR-I PILLAR-II PILLAR-IV", "Timeline.PillarsCoveredBy");
Check(Ids(data.Timeline.PillarsCoveredInEventsHostedBy(data.States.Get("SK"))) == "PILLAR-I PILLAR-IV", "Timeline.PillarsCoveredInEventsHostedBy");
Check(Ids(data.Organisations.WithRole(Role.Stakeholder)) == "UN CIS CSTO OIC OSCE NATO SCO", "Organisations.WithRole");
Check(Ids(data.Organisations.OfKind(OrganisationKind.UnEntity)) == "CTITF UNRCCA UNOCT", "Organisations.OfKind");
Check(data.Organisations.Get("EU").RolesTaken.Any() && plan.RolesIn.Any() && data.Participations.WithRole(Role.Funder).Any(), "RolesTaken, RolesIn, Participations.WithRole");
Check(data.Errata.About(data.Entities.Get("EM2")).Any() && data.Errata.Correcting(data.Sources.Get("S-SEED-FR")).Any() && data.Sources.FactsCiting(data.Sources.Get("S-SEED-FR")).Any(), "Errata.About, Errata.Correcting, Sources.FactsCiting");
Check(data.States.Count == 16 && data.Pillars.Count == 4 && data.Strategy.Reviews.Length == 9 && data.Timeline.Count > 0
      && data.Organisations.Count > 0 && data.Places.Count > 0 && data.Plans.Count == 2 && data.Documents.Declarations.Count > 0
      && data.Initiatives.Count > 0 && data.Participations.Count > 0 && data.Participations.WithRole(Role.Host).Length > 0 && data.Errata.Count > 0 && data.Sources.Count > 0, "the collections");
Check(data.Name.Length > 0 && data.Title.Length > 0 && data.Version.Length > 0 && data.License == "CC-BY-4.0" && data.Created.ToUnixTimeSeconds() > 0 && data.ToString().Length > 0, "the edition's metadata");
var uzbekistan = data.States.Get("UZB");
Check(uzbekistan.NameAt(new LocalDate(2020, 1, 1), "fr")?.Text == "Ouzbékistan" && uzbekistan.Names.Any(n => n.Kind == CentralAsiaCT.Naming.NameKind.Formal), "names");
var source = uzbekistan.Provenance.Sources.First();
Check(uzbekistan.Provenance.QuoteOf(source) is not null && uzbekistan.Provenance.Citations.Length > 0, "citations and quotes");
Check(KnownDate.InMonth(new YearMonth(2010, 9)).MayInclude(new LocalDate(2010, 9, 3)) && KnownDate.OnDay(new LocalDate(2011, 11, 30)).ToString() == "2011-11-30", "KnownDate");

// Reports, exports, loading and validation
Check(data.Reports.StatesTable("fr").ToMarkdown().Contains("Ouzbékistan", StringComparison.Ordinal) && data.Reports.StatesTableOf([uzbekistan]).Rows.Length == 1, "StatesTable, StatesTableOf");
Check(data.Reports.TimelineTable().ToCsv().Contains("EM1", StringComparison.Ordinal) && data.Reports.OrganisationsTable().ToJson().Contains("CSTO", StringComparison.Ordinal), "TimelineTable as CSV, OrganisationsTable as JSON");
Check(data.Reports.ReviewsTable().ToHtml().Contains("<table", StringComparison.Ordinal) && data.Reports.PhasesTable().Rows.Length > 0 && data.Reports.PlansTable().Rows.Length == 2, "ReviewsTable, PhasesTable, PlansTable");
Check(data.Reports.ErrataTable().Rows.Length > 0 && data.Reports.SourcesTable().Rows.Length > 0 && data.Reports.SourcesTableOf(uzbekistan).Rows.Length > 0, "ErrataTable, SourcesTable, SourcesTableOf");
Check(data.Reports.TimelineToSvg().StartsWith("<svg", StringComparison.Ordinal) && data.Reports.ToHtml().Contains("<html", StringComparison.Ordinal) && data.Reports.ToMarkdown().Length > 0, "TimelineToSvg, ToHtml, ToMarkdown");
using (var json = new MemoryStream())
{
    data.Reports.WriteJson(json);
    Check(Encoding.UTF8.GetString(json.ToArray()).Contains("\"JPOA-2011\"", StringComparison.Ordinal), "Reports.WriteJson");
}

var folder = Path.Combine(Path.GetTempPath(), "centralasiact-aot-" + Guid.NewGuid().ToString("N"));
try
{
    var written = data.Export(Path.Combine(folder, "package"), CentralAsiaCT.Reporting.ExportFormat.DataPackage);
    var loaded = CentralAsiaData.Load(Path.Combine(folder, "package"));
    Check(written.Length > 0 && loaded.ChangesSince(data).Changes.IsEmpty, "Export, then Load from a folder");
    Check(CentralAsiaData.ValidatePackage(Path.Combine(folder, "package")).IsValid && data.Validate().IsValid, "ValidatePackage, Validate");
    ZipFile.CreateFromDirectory(Path.Combine(folder, "package"), Path.Combine(folder, "package.zip"));
    using (var zip = File.OpenRead(Path.Combine(folder, "package.zip")))
    {
        Check(CentralAsiaData.Load(zip).ChangesSince(data).Changes.IsEmpty, "Load from a zip archive");
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

    Check(PublishedDataPackage.FileNames.Contains("datapackage.json") && data.Export(Path.Combine(folder, "published"), ExportFormat.DataPackage).Length == PublishedDataPackage.FileNames.Length, "PublishedDataPackage.FileNames");
    using var descriptor = PublishedDataPackage.Open("datapackage.json");
    Check(descriptor.ReadByte() == '{', "PublishedDataPackage.Open");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

Console.WriteLine($"package test: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
