#:package CentralAsiaCT@0.1.0
// What the source page (the seed, S-SEED-FR) got wrong: its claim, the value the data takes, and the evidence.
// Run: dotnet run what-the-seed-got-wrong.cs [-- --markdown]
using CentralAsiaCT;
using CentralAsiaCT.Reporting;

var data = CentralAsiaData.Default;
var errata = data.Errata.Correcting(data.Sources.Get("S-SEED-FR"));
if (args.Contains("--markdown"))
{
    Console.Write(FactTable.ErrataOf(errata).ToMarkdown());
    return;
}

foreach (var erratum in errata)
{
    Console.WriteLine($"{erratum.Id} {erratum.EntityId} {erratum.Field}: the seed says \"{erratum.Claim}\"; the data takes \"{erratum.Taken}\" (evidence: {erratum.Evidence}) [{erratum.Provenance.SourceIds}]");
}
