using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// Editions 1x, 10x and 100x the size of the shipped one (in rows, every table together), loaded from files with
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

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Rows of the synthetic edition, every table together (printed once per size in the log).</summary>
    public int Rows { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "centralasiact-scale-" + Scale + "-" + Guid.NewGuid().ToString("N"));
        PublishedDataPackage.ExportTo(_folder);
        var events = new HashSet<string>(Read("entities.csv").Where(r => r["kind"] == "event").Select(r => r["id"]), StringComparer.Ordinal);
        var shipped = Directory.GetFiles(_folder, "*.csv").Sum(f => File.ReadAllLines(f).Length - 1);
        var perCopy = Read("entities.csv").Count(r => events.Contains(r["id"])) + Read("events.csv").Count + Read("event_pillars.csv").Count
            + Read("event_claims.csv").Count + Read("names.csv").Count(r => events.Contains(r["entity_id"]))
            + Read("participations.csv").Count(r => events.Contains(r["target_id"]));
        _copies = (int)Math.Ceiling((Scale - 1) * shipped / (double)perCopy);
        Multiply("entities.csv", r => events.Contains(r["id"]), (r, k) => r["id"] += k);
        Multiply("events.csv", _ => true, (r, k) => { r["id"] += k; r["ordinal"] = string.Empty; });
        Multiply("event_pillars.csv", _ => true, (r, k) => r["event_id"] += k);
        Multiply("event_claims.csv", _ => true, (r, k) => r["event_id"] += k);
        Multiply("names.csv", r => events.Contains(r["entity_id"]), (r, k) => r["entity_id"] += k);
        Multiply("participations.csv", r => events.Contains(r["target_id"]), (r, k) => r["target_id"] += k);
        Rows = Directory.GetFiles(_folder, "*.csv").Sum(f => File.ReadAllLines(f).Length - 1);
        Console.WriteLine($"// scale {Scale}: {Rows} rows");
        _loaded = CentralAsiaData.Load(_folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Load (read, validate, build)")]
    public int Load() => CentralAsiaData.Load(_folder).Timeline.Length;

    [Benchmark(Description = "GetPlace(\"Almaty\") on the loaded edition")]
    public Place Lookup() => _loaded.GetPlace("Almaty");

    [Benchmark(Description = "StatusOn(Uzbekistan, 2023-01-01) on the loaded edition")]
    public PlanStatus? Status() => _loaded.StatusOn(_loaded.GetState("UZB"), new NodaTime.LocalDate(2023, 1, 1));

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
        for (var k = 1; k <= _copies; k++)
        {
            foreach (var row in rows.Where(copied))
            {
                var copy = new Dictionary<string, string>(row);
                rename(copy, "-S" + k);
                Add(copy);
            }
        }

        using var writer = CsvDataWriter.Create(Path.Combine(_folder, file), new CsvDataWriterOptions { NewLine = "\r\n" });
        writer.Write(table.CreateDataReader());
    }
}
