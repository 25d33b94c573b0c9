using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Validation;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// Editions 1x, 10x and 30x the size of the shipped one (in rows, every table together), loaded from files with
/// <c>Load</c>: load time and memory, and lookups on the loaded edition, which should stay flat. The synthetic editions
/// copy every event (with its names, pillars, claims and roles) under new IDs as many times as it takes to reach the
/// size; the copies lose their ordinals, so that they pass the ordering rules.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private string _folder = null!;
    private CentralAsiaData _loaded = null!;
    private int _copies;

    // Each copied row's citation key (table, old row key) and the row keys of its copies: every copy is cited for the
    // same words as its original, since the package refuses a fact without a quote for each of its sources (CIT001).
    private readonly List<(string Table, string Key, string CopyKey)> _recited = [];

    // At 100x, citations.csv passes the default limit of 4 MiB a file (PKG004) and the package 16 MiB: every size is
    // loaded with limits raised far enough that none is refused, so that the sizes compare like for like.
    private static readonly PackageLimits Limits = new() { MaxFileBytes = 256L * 1024 * 1024, MaxPackageBytes = 1024L * 1024 * 1024 };

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Rows of the synthetic edition, every table together (printed once per size in the log).</summary>
    public int Rows { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "centralasiact-scale-" + Scale + "-" + Guid.NewGuid().ToString("N"));
        CentralAsiaData.Default.Export(_folder, CentralAsiaCT.Reporting.ExportFormat.DataPackage);
        var events = new HashSet<string>(Read("entities.csv").Where(r => r["kind"] == "event").Select(r => r["id"]), StringComparer.Ordinal);
        var shipped = Directory.GetFiles(_folder, "*.csv").Sum(f => File.ReadAllLines(f).Length - 1);
        var perCopy = Read("entities.csv").Count(r => events.Contains(r["id"])) + Read("events.csv").Count + Read("event_pillars.csv").Count
            + Read("event_claims.csv").Count + Read("names.csv").Count(r => events.Contains(r["entity_id"]))
            + Read("participations.csv").Count(r => events.Contains(r["target_id"]))
            + Read("citations.csv").Count(r => events.Contains(r["row_key"].Split('|')[0]));
        _copies = (int)Math.Ceiling((Scale - 1) * shipped / (double)perCopy);
        Multiply("entities.csv", r => events.Contains(r["id"]), (r, k) => r["id"] += k);
        Multiply("events.csv", _ => true, (r, k) => { r["id"] += k; r["ordinal"] = string.Empty; });
        Multiply("event_pillars.csv", _ => true, (r, k) => r["event_id"] += k);
        Multiply("event_claims.csv", _ => true, (r, k) => r["event_id"] += k);
        Multiply("names.csv", r => events.Contains(r["entity_id"]), (r, k) => r["entity_id"] += k);
        Multiply("participations.csv", r => events.Contains(r["target_id"]), (r, k) => r["target_id"] += k);
        Recite();
        Rows = Directory.GetFiles(_folder, "*.csv").Sum(f => File.ReadAllLines(f).Length - 1);
        Console.WriteLine($"// scale {Scale}: {Rows} rows");
        _loaded = CentralAsiaData.Load(_folder, Limits);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Load (read, validate, build)")]
    public int Load() => CentralAsiaData.Load(_folder, Limits).Timeline.Count;

    [Benchmark(Description = "GetPlace(\"Almaty\") on the loaded edition")]
    public Place Lookup() => _loaded.Places.Get("Almaty");

    [Benchmark(Description = "StatusOn(Uzbekistan, 2023-01-01) on the loaded edition")]
    public PlanStatus? Status() => _loaded.Plans.StatusOn(_loaded.States.Get("UZB"), new NodaTime.LocalDate(2023, 1, 1));

    private List<Dictionary<string, string>> Read(string file)
    {
        using var csv = CsvDataReader.Create(Path.Combine(_folder, file));
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).ToDictionary(csv.GetName, csv.GetString));
        }

        return rows;
    }

    private void Multiply(string file, Func<Dictionary<string, string>, bool> copied, Action<Dictionary<string, string>, string> rename)
    {
        string[] header;
        using (var csv = CsvDataReader.Create(Path.Combine(_folder, file)))
        {
            header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        }

        var rows = Read(file);
        var table = new DataTable();
        foreach (var column in header)
        {
            table.Columns.Add(column, typeof(string));
        }

        void Add(Dictionary<string, string> row) => table.Rows.Add(header.Select(c => (object)row[c]).ToArray());
        rows.ForEach(Add);
        var (name, key) = Resource(file);
        for (var k = 1; k <= _copies; k++)
        {
            foreach (var row in rows.Where(copied))
            {
                var copy = new Dictionary<string, string>(row);
                rename(copy, "-S" + k);
                Add(copy);
                _recited.Add((name, string.Join("|", key.Select(c => row[c])), string.Join("|", key.Select(c => copy[c]))));
            }
        }

        Write(file, table);
    }

    private void Recite()
    {
        var citations = Read("citations.csv");
        var byKey = citations.ToLookup(c => (c["table"], c["row_key"]));
        var table = new DataTable();
        var header = citations[0].Keys.ToArray();
        foreach (var column in header)
        {
            table.Columns.Add(column, typeof(string));
        }

        foreach (var citation in citations)
        {
            table.Rows.Add(header.Select(c => (object)citation[c]).ToArray());
        }

        foreach (var (name, key, copyKey) in _recited)
        {
            foreach (var citation in byKey[(name, key)])
            {
                table.Rows.Add(header.Select(c => (object)(c == "row_key" ? copyKey : citation[c])).ToArray());
            }
        }

        Write("citations.csv", table);
    }

    private (string Name, string[] PrimaryKey) Resource(string file)
    {
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "datapackage.json")));
        var resource = descriptor.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("path").GetString() == file);
        var key = resource.GetProperty("schema").GetProperty("primaryKey");
        return (resource.GetProperty("name").GetString()!, key.ValueKind == JsonValueKind.Array ? key.EnumerateArray().Select(k => k.GetString()!).ToArray() : [key.GetString()!]);
    }

    // UTF-8 without a byte-order mark, CRLF, as the published package is written (a mark would be PKG007 warnings).
    private void Write(string file, DataTable table)
    {
        using var text = new StreamWriter(Path.Combine(_folder, file), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var writer = CsvDataWriter.Create(text, new CsvDataWriterOptions { NewLine = "\r\n" });
        writer.Write(table.CreateDataReader());
    }
}
