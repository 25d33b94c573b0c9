using System.Reflection;
using CentralAsiaCT;
using NodaTime;

// Checks a few answers of the package as shipped. The first argument is the package version that must be loaded.
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

var loaded = typeof(CentralAsiaData).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
Check(loaded.StartsWith(expectedVersion, StringComparison.Ordinal), $"the package {expectedVersion} is the one loaded ({loaded})");
var plan2011 = data.GetEntity<JointPlanOfAction>("JPOA-2011");
Check(plan2011.Parties.Select(s => s.Alpha3).Order().SequenceEqual(["KAZ", "KGZ", "TJK", "TKM"]), "four states adopted the Joint Plan of Action of 2011");
Check(plan2011.Observers.Single().Alpha3 == "UZB", "Uzbekistan is the observer of 2011");
Check(plan2011.AdoptedOn.Day == new LocalDate(2011, 11, 30) && plan2011.AdoptedAt.Place?.Id == "ASHGABAT", "adopted on 2011-11-30 in Ashgabat");
Check(data.StatusOn(data.GetState("UZ"), new LocalDate(2023, 1, 1))?.Status == JointPlanStatus.Adopted, "Uzbekistan is a party to the 2022 update");
Check(data.Strategy.Reviews.Length == 9, "nine reviews of the Strategy");
Check(data.Timeline.Count(e => e.Kind == EventKind.ExpertMeeting) == 3, "three expert meetings");
Check(data.Errata.Any(e => e.Id == "E1"), "the errata ship");
Check(data.Version.Length > 0 && data.License == "CC-BY-4.0", $"data version {data.Version} under {data.License}");
Check(PublishedDataPackage.FileNames.Contains("datapackage.json") && PublishedDataPackage.FileNames.Contains("states.csv"), "the published data package files are embedded");

Console.WriteLine($"package test: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
