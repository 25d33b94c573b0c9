using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// Issue 24, item 4: packages within the loader's limits (4 MiB a file, 16 MiB in all) built to cost the most, validated
/// in memory: the README's budget is 2 s of CPU and 256 MiB for any of them. Each case fills four tables to 4 MiB.
/// </summary>
[MemoryDiagnoser]
public class HostilePackageBenchmarks
{
    private const int FileLimit = 4 * 1024 * 1024;
    private static readonly string[] Filled = ["states.csv", "places.csv", "names.csv", "participations.csv"];

    private Dictionary<string, byte[]> _files = null!;

    /// <summary>blank-lines: a million blank lines in states.csv (the finding: 13 s, 1.2 GB); blank-lines-4x4: four
    /// files of blank lines; wrong-cells-4x4: rows of the right length whose every cell is wrong; unique-cells-4x4:
    /// rows of unique cells, which no string pool shares; broken-references: 150,000 places in no state.</summary>
    [Params("blank-lines", "blank-lines-4x4", "wrong-cells-4x4", "unique-cells-4x4", "broken-references")]
    public string Package { get; set; } = "blank-lines";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "centralasiact-hostile-" + Guid.NewGuid().ToString("N"));
        CentralAsiaData.Default.Export(folder, CentralAsiaCT.Reporting.ExportFormat.DataPackage);
        _files = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Directory.Delete(folder, recursive: true);
        switch (Package)
        {
            case "blank-lines":
                Append("states.csv", _ => "\r\n", 1_000_000);
                break;
            case "blank-lines-4x4":
                Array.ForEach(Filled, f => Fill(f, _ => "\r\n"));
                break;
            case "wrong-cells-4x4":
                Array.ForEach(Filled, f => Fill(f, _ => string.Join(",", Enumerable.Repeat("x", Width(f))) + "\r\n"));
                break;
            case "unique-cells-4x4":
                Array.ForEach(Filled, f => Fill(f, i => string.Join(",", Enumerable.Range(0, Width(f)).Select(j => $"u{i}c{j}")) + "\r\n"));
                break;
            default:
                Append("places.csv", i => $"P{i},ZZZ,S-NOPE,A\r\n", 150_000);
                break;
        }

        Console.WriteLine($"// {Package}: {_files.Values.Sum(f => (long)f.Length)} bytes");
    }

    [Benchmark(Description = "ValidatePackage (read, validate, refuse)")]
    public int Validate() => CentralAsiaData.Read(new MemoryPackageFiles(_files), out _).Problems.Length;

    private int Width(string file) => Encoding.UTF8.GetString(_files[file]).Split("\r\n")[0].Split(',').Length;

    private void Append(string file, Func<int, string> row, int count)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(_files[file]));
        for (var i = 0; i < count; i++)
        {
            text.Append(row(i));
        }

        _files[file] = Encoding.UTF8.GetBytes(text.ToString());
    }

    // Rows up to the file limit, so that the package is as large as the loader accepts in one file.
    private void Fill(string file, Func<int, string> row)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(_files[file]));
        for (var i = 0; ; i++)
        {
            var next = row(i);
            if (text.Length + next.Length > FileLimit - 16)
            {
                break;
            }

            text.Append(next);
        }

        _files[file] = Encoding.UTF8.GetBytes(text.ToString());
    }
}
