using System.IO;
using System.Text.Json.Nodes;
using CentralAsiaCT.Building;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>
/// A new kind of record is one table, one record type and one line of the registry of entity kinds: the reader, the
/// validator (ENT001), the lookups, the export and the comparison of editions take it from there. The test package's
/// measures are fixtures with made-up IDs (TEST-...), cited to the Strategy's resolution because every row must cite one.
/// </summary>
public sealed class EntityKindRegistryTests : IDisposable
{
    // The one declaration of the new kind: its table, its record, and its columns (a reference and a date with its
    // precision), which the reader, the validator, the card, its table and its flat view take from here.
    private static readonly EntityKinds WithMeasures = EntityKinds.BuiltIn.With(
        new EntityKind(
            "measure",
            "measures",
            "id",
            typeof(Measure),
            static row => new Measure(row.Id, row.Facts, row.Resolve<Pillar>("pillar_id")!, row.Date("adopted")),
            columns: [new KindColumn("pillar_id", "Pillar"), new KindColumn("adopted", "Adopted", "date_precision")]));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-kinds-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The test package: its measures table declared in the descriptor (and as a table that citations may name), two
    // measures registered and defined, one named.
    private static PackageBytes WithMeasureTable()
    {
        var package = new PackageBytes();
        var descriptor = JsonNode.Parse(package.Text("datapackage.json"))!;
        var resources = descriptor["resources"]!.AsArray();
        resources.Single(r => (string?)r!["name"] == "entities")!["schema"]!["fields"]!.AsArray()
            .Single(f => (string?)f!["name"] == "kind")!["constraints"]!["enum"]!.AsArray().Add("measure");
        resources.Single(r => (string?)r!["name"] == "citations")!["schema"]!["fields"]!.AsArray()
            .Single(f => (string?)f!["name"] == "table")!["constraints"]!["enum"]!.AsArray().Add("measures");
        resources.Add(JsonNode.Parse("""
            {
              "name": "measures", "path": "measures.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
              "schema": {
                "fields": [
                  { "name": "id", "type": "string", "constraints": { "required": true } },
                  { "name": "pillar_id", "type": "string", "constraints": { "required": true } },
                  { "name": "adopted", "type": "string", "constraints": { "required": true } },
                  { "name": "date_precision", "type": "string", "constraints": { "required": true, "enum": ["day", "month", "year"] } },
                  { "name": "source_ids", "type": "list", "delimiter": ";", "itemType": "string", "constraints": { "required": true } },
                  { "name": "grade", "type": "string", "constraints": { "required": true, "enum": ["A", "B"] } }
                ],
                "missingValues": [""],
                "primaryKey": ["id"],
                "foreignKeys": [
                  { "fields": ["id"], "reference": { "resource": "entities", "fields": ["id"] } },
                  { "fields": ["pillar_id"], "reference": { "resource": "pillars", "fields": ["id"] } }
                ]
              }
            }
            """));
        package.SetText("datapackage.json", descriptor.ToJsonString());
        package.Files["measures.csv"] = System.Text.Encoding.UTF8.GetBytes("id,pillar_id,adopted,date_precision,source_ids,grade\r\nTEST-M1,PILLAR-II,2006-09-08,day,S-RES-60-288,A\r\nTEST-M2,PILLAR-IV,2011-11,month,S-RES-60-288,A\r\n");
        return package
            .AppendRow("entities.csv", "TEST-M1,measure")
            .AppendRow("entities.csv", "TEST-M2,measure")
            .AppendRow("names.csv", "TEST-M1,en,official,Test measure on preventing and combating terrorism,,,S-RES-60-288,A");
    }

    [Fact]
    public void A_kind_added_through_the_registry_is_read_looked_up_and_linked()
    {
        var data = CentralAsiaData.Load(WithMeasureTable().AsFiles(), WithMeasures);

        var measure = data.Entities.Get<Measure>("TEST-M1");
        measure.Pillar.Should().BeSameAs(data.Pillars.Get(2));
        measure.Provenance.SourceIds.Should().Be("S-RES-60-288");
        data.Entities.Get("test measure on preventing and combating terrorism").Should().BeSameAs(measure);
        data.Entities.OfType<Measure>().Select(m => m.Id).Should().Equal("TEST-M1", "TEST-M2");
        data.Validate().Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_kind_declared_once_is_validated_loaded_shown_tabled_viewed_and_compared()
    {
        var data = CentralAsiaData.Load(WithMeasureTable().AsFiles(), WithMeasures);
        var measure = data.Entities.Get<Measure>("TEST-M2");
        measure.Adopted.Should().Be(Dating.KnownDate.InMonth(new NodaTime.YearMonth(2011, 11)));

        // Validation reads the declared date with the reader's own cell reader: both refuse a day that is no day.
        var broken = WithMeasureTable().Replace("measures.csv", "TEST-M1,PILLAR-II,2006-09-08,day", "TEST-M1,PILLAR-II,2006-02-30,day");
        CentralAsiaData.Read(broken.AsFiles(), out var refused, WithMeasures).Errors.Should()
            .ContainSingle().Which.Should().Match<Validation.ValidationProblem>(p => p.RuleId == "DAT002" && p.EntityId == "TEST-M1" && p.Column == "adopted");
        refused.Should().BeNull();

        measure.ToMarkdown().Should().Contain("| Pillar | PILLAR-IV |").And.Contain("| Adopted | 2011-11 |");
        var table = data.Reports.KindTable("measure");
        table.Fields.Should().Equal("id", "name", "pillar_id", "adopted");
        table.ToCsv().Should().Contain("TEST-M1,Test measure on preventing and combating terrorism,PILLAR-II,2006-09-08,");
        data.Export(_folder, ExportFormat.Views).Should().Contain(p => Path.GetFileName(p) == "measures.csv");
        File.ReadAllText(Path.Combine(_folder, "measures.csv")).Should().Contain("TEST-M2,,PILLAR-IV,2011-11,S-RES-60-288,A");
        data.ChangesSince(CentralAsiaData.Default).Changes.Should().Contain(c => c.Table == "measures" && c.Key == "TEST-M2");

        // The shipped data, without the table, still loads with the declaration.
        CentralAsiaData.Load(new PackageBytes().AsFiles(), WithMeasures).Entities.OfType<Measure>().Should().BeEmpty();
    }

    [Fact]
    public void The_validator_takes_the_kind_from_the_registry()
    {
        var undefined = WithMeasureTable().AppendRow("entities.csv", "TEST-M3,measure");
        CentralAsiaData.Read(undefined.AsFiles(), out _, WithMeasures).Errors.Should()
            .ContainSingle().Which.Should().Match<Validation.ValidationProblem>(p => p.RuleId == "ENT001" && p.EntityId == "TEST-M3");

        CentralAsiaData.Read(WithMeasureTable().AsFiles(), out _).Errors.Select(p => (p.RuleId, p.EntityId)).Should()
            .BeEquivalentTo(new[] { ("ENT001", "TEST-M1"), ("ENT001", "TEST-M2") }, "without the registry line no table defines a measure");
    }

    [Fact]
    public void The_export_and_the_comparison_of_editions_carry_the_new_table()
    {
        var data = CentralAsiaData.Load(WithMeasureTable().AsFiles(), WithMeasures);

        data.Export(_folder, ExportFormat.DataPackage).Should().Contain(p => Path.GetFileName(p) == "measures.csv");
        File.ReadAllText(Path.Combine(_folder, "measures.csv")).Should().Contain("TEST-M2,PILLAR-IV");
        data.ChangesSince(CentralAsiaData.Default).Changes.Where(c => c.Table == "measures").Select(c => (c.Key, c.Kind))
            .Should().Equal(("TEST-M1", Editions.ChangeKind.Added), ("TEST-M2", Editions.ChangeKind.Added));
    }
}
