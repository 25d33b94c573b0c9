using System.Collections.Immutable;
using System.IO;
using CentralAsiaCT.Editions;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Validation;
using NodaTime;

namespace CentralAsiaCT.Tests;

/// <summary>The README's examples of packages: validating, loading, comparing, exporting (see <see cref="ReadmeExamples"/>).</summary>
internal static partial class ReadmeExamples
{
    public static void ValidateAndLoad(string exported, string broken)
    {
        #region README: validate-load
        Console.WriteLine(CentralAsiaData.Default.Validate());                 // No problem found.
        var edition = CentralAsiaData.Load(exported);                          // a data package folder, or Load(zipStream)
        Console.WriteLine(edition.ChangesSince(CentralAsiaData.Default).Changes.IsEmpty); // True
        Console.WriteLine(edition.States.Get("Kirghizistan").Alpha3);            // KGZ: every lookup and query works on it
        try
        {
            CentralAsiaData.Load(broken);
        }
        catch (DataPackageException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.WriteLine(problem);
                // REF001 error: places.csv, row 5 (NEW-YORK), column 'state_id': 'XXX' is not in states.alpha3
            }
        }

        // A larger edition of your own: raise the loader's limits (the defaults are PackageLimits.Default).
        var limits = new PackageLimits { MaxFileBytes = 64L * 1024 * 1024, MaxPackageBytes = 256L * 1024 * 1024 };
        Console.WriteLine(CentralAsiaData.ValidatePackage(exported, limits).Errors.Length); // 0
        #endregion
    }

    public static void Changes(string olderPackage)
    {
        #region README: changes
        var changes = CentralAsiaData.Default.ChangesSince(olderPackage); // a folder or .zip of an older edition, any data version
        Console.WriteLine($"{changes.OlderVersion} to {changes.NewerVersion}: {changes.Changes.Length} changes");
        // 1.1.0 to 2.4.0: 1555 changes
        foreach (var change in changes.Changes.Where(c => c.Table == "milestones" && c.Kind == ChangeKind.Removed && c.EntityId == "CA-INITIATIVE"))
        {
            Console.WriteLine($"{change.Table} {change.Key} removed; it cited {change.OldSources}");
            // milestones CA-INITIATIVE|phase-started removed; it cited S-UNRCCA-CT
        }

        var moved = changes.Changes.First(c => c.Table == "places" && c.Key == "BRATISLAVA" && c.Kind == ChangeKind.Changed);
        Console.WriteLine($"{moved.Key} {moved.Field}: {moved.OldValue} -> {moved.NewValue}");
        // BRATISLAVA source_ids: S-SEED-FR;S-UNRCCA-EM1 -> S-UNRCCA-EM1;S-UNIS-393
        #endregion
    }

    public static void ConsumerTest()
    {
        #region README: consumer-test
        var data = CentralAsiaData.Default;
        string[] flaggedAsAdopters = ["KZ", "KGZ", "Tadjikistan", "Turkménistan"]; // from your own database
        var asOf = new LocalDate(2015, 1, 1);
        flaggedAsAdopters.Should().OnlyContain(code => data.Plans.StatusOn(data.States.Get(code), asOf)!.Status == JointPlanStatus.Adopted);
        #endregion
    }

    public static void Export(string folder)
    {
        #region README: export
        Console.WriteLine($"Data package {CentralAsiaData.Default.Version}, licence {CentralAsiaData.Default.License}");
        ImmutableArray<string> written = CentralAsiaData.Default.Export(folder, ExportFormat.DataPackage);
        Console.WriteLine($"{written.Length} files, datapackage.json first: {Path.GetFileName(written[0])}");
        // 20 files, byte for byte those of data/ in this version of the package
        #endregion
    }

    public static void Tables()
    {
        #region README: tables
        var data = CentralAsiaData.Default;
        var plan = data.Plans.Get("JPOA-2011");
        FactTable observers = data.Reports.StatesTableOf(plan.StatesWith(JointPlanStatus.Observer, plan.AdoptedOn.First));   // observers on the day it was adopted
        Console.Write(observers.ToMarkdown());
        // **States and the Joint Plans of Action**
        //
        // | Alpha-3 | Alpha-2 | Name | JPOA-2011 | JPOA-2022 | Sources | Grade |
        // | --- | --- | --- | --- | --- | --- | --- |
        // | UZB | UZ | Uzbekistan | observer | adopted | S-UNSD-M49;S-SEED-FR;S-UNRCCA-JPOA;S-UNIPATH-UZ | B, from S-UNIPATH-UZ |
        string html = data.Reports.TimelineTable("fr").ToHtml();     // also ToCsv() and ToJson()
        string card = data.States.Get("UZ").ToMarkdown();       // one entity: facts, names, milestones, with sources
        #endregion
        _ = (html, card);
    }

    public static void Exports(string folder)
    {
        #region README: exports
        var data = CentralAsiaData.Default;
        data.Export(folder, ExportFormat.DataPackage);   // datapackage.json and one CSV per table, as in data/
        data.Export(folder, ExportFormat.Json);          // centralasiact.json: one document, lists as arrays
        data.Export(folder, ExportFormat.Markdown);      // centralasiact.md: every table, each row with its sources
        data.Export(folder, ExportFormat.Html);          // centralasiact.html: the same, with the timeline picture
        data.Export(folder, ExportFormat.TimelineSvg);   // centralasiact-timeline.svg
        data.Export(Path.Combine(folder, "views"), ExportFormat.Views); // flat views and their own datapackage.json
        using var json = File.Create(Path.Combine(folder, "copy.json"));
        data.Reports.WriteJson(json);                            // or into any stream
        #endregion
    }
}
