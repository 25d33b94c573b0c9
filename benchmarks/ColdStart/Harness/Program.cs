using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CentralAsiaCT;
using CentralAsiaCT.Benchmarks.ColdStart;

var runsOption = new Option<int>("--runs") { Description = "Timed runs of each program (after 3 warm-up runs).", DefaultValueFactory = _ => 40 };
var binOption = new Option<DirectoryInfo?>("--bin") { Description = "Where the programs were built (default: benchmarks/ColdStart/*/bin/Release/net10.0 of this checkout)." };
var toolOption = new Option<FileInfo?>("--tool") { Description = "Time this installed centralasia-ct answering 'states' against the empty program, instead of the cold-start programs." };
var command = new RootCommand("Times the cold-start programs as whole processes and prints the medians as a Markdown table.") { runsOption, binOption, toolOption };
command.SetAction(parse =>
{
    var runs = parse.GetValue(runsOption);
    var root = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(root, "CentralAsiaCT.sln")))
    {
        root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("Run the harness from inside a checkout.");
    }

    var fixtures = Path.Combine(Path.GetTempPath(), "centralasiact-coldstart");
    Fixtures.Write(CentralAsiaData.Default, fixtures);
    string Program(string name) => parse.GetValue(binOption) is { } bin
        ? Path.Combine(bin.FullName, name)
        : Path.Combine(root, "benchmarks", "ColdStart", name, "bin", "Release", "net10.0", name);
    var tool = parse.GetValue(toolOption);
    (string Name, string Path, string[] Arguments) Peer(string name, string program, string fixture, string question) =>
        (question == "parties" ? name : $"{name}: {question}", Program(program), [fixture, question]);
    var programs = tool is not null ? new (string Name, string Path, string[] Arguments)[]
    {
        ("Empty console program", Program("Empty"), []),
        ("centralasia-ct states (the installed tool)", tool.FullName, ["states"]),
    } : new (string Name, string Path, string[] Arguments)[]
    {
        ("Empty console program", Program("Empty"), []),
        ("CentralAsiaCT", Program("OneQuestion"), ["parties"]),
        ("CentralAsiaCT from its package (ReadyToRun)", Program("OneQuestionPackaged"), ["parties"]),
        (FloorProgram, Program("Floor"), []),
        Peer(JsonPeer, "JsonBaseline", Path.Combine(fixtures, "facts.json"), "parties"),
        Peer(CsvPeer, "CsvBaseline", Path.Combine(fixtures, "csv"), "parties"),
        Peer(SqlitePeer, "SqliteBaseline", Path.Combine(fixtures, "facts.sql"), "parties"),
    };

    // A first question of each other kind, asked of the library and of each peer (issue 34: only "parties" had peers).
    string[] otherQuestions = tool is not null ? [] : ["lookup", "review", "timeline"];
    programs = [.. programs, .. otherQuestions.SelectMany(q => new[]
    {
        ($"CentralAsiaCT: {q}", Program("OneQuestion"), new[] { q }),
        ($"CentralAsiaCT from its package: {q}", Program("OneQuestionPackaged"), new[] { q }),
        Peer(JsonPeer, "JsonBaseline", Path.Combine(fixtures, "facts.json"), q),
        Peer(CsvPeer, "CsvBaseline", Path.Combine(fixtures, "csv"), q),
        Peer(SqlitePeer, "SqliteBaseline", Path.Combine(fixtures, "facts.sql"), q),
    })];

    var times = programs.ToDictionary(p => p.Name, _ => new List<double>());
    var answers = new Dictionary<string, string>();
    for (var run = -3; run < runs; run++)
    {
        // Interleaved, so that a noisy moment of the machine touches every program alike.
        foreach (var p in programs)
        {
            var (elapsed, output) = Time(p.Path, p.Arguments);
            answers[p.Name] = output;
            if (run >= 0)
            {
                times[p.Name].Add(elapsed);
            }
        }
    }

    var empty = Median(times[programs[0].Name]);
    var ours = Median(times[programs[1].Name]) - empty;
    Console.WriteLine($"| Program | Median (ms) | Added to the empty program (ms) | Ratio to empty | Added time vs CentralAsiaCT | Answer |");
    Console.WriteLine("|---|---:|---:|---:|---:|---|");
    foreach (var p in programs.Where(p => !p.Name.Contains(':', StringComparison.Ordinal)))
    {
        var median = Median(times[p.Name]);
        var added = median - empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {p.Name} | {median:F1} | {added:F1} | {median / empty:F2} | {(p.Name == programs[0].Name ? "-" : (added / ours).ToString("F1", CultureInfo.InvariantCulture) + "x")} | {answers[p.Name]} |"));
    }

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} timed runs each after 3 warm-up runs, interleaved; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}."));
    if (tool is not null)
    {
        return 0;
    }

    // Each question side by side: the library from its package against the fastest of its peers, in time added to the
    // empty program (issue 34's aim: ahead of the fastest peer on every question).
    // The floor (NodaTime's first date and the library's image loaded) is what no question from the package can go under.
    var floor = Median(times[FloorProgram]) - empty;
    Console.WriteLine("| First question | CentralAsiaCT from its package: added (ms) | JSON | CSV | SQLite | Library / fastest peer | Library - floor (ms) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var q in otherQuestions.Prepend("parties"))
    {
        string Of(string name) => q == "parties" ? name : $"{name}: {q}";
        var library = Median(times[q == "parties" ? programs[2].Name : $"CentralAsiaCT from its package: {q}"]) - empty;
        var peers = new[] { JsonPeer, CsvPeer, SqlitePeer }.Select(n => Median(times[Of(n)]) - empty).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {q} | {library:F1} | {peers[0]:F1} | {peers[1]:F1} | {peers[2]:F1} | {library / peers.Min():F2} | {library - floor:F1} |"));
    }

    Console.WriteLine();

    // Methods compiled and bytes allocated by the first question, from one more run of each with the counters on.
    Console.WriteLine();
    Console.WriteLine("| First question | Built from source: added (ms) | methods compiled, first access | From the package (ReadyToRun): added (ms) | methods compiled, first access | Answer |");
    Console.WriteLine("|---|---:|---|---:|---|---|");
    foreach (var q in otherQuestions.Prepend("parties"))
    {
        var (source, package) = q == "parties" ? (programs[1], programs[2]) : (programs.First(p => p.Name == $"CentralAsiaCT: {q}"), programs.First(p => p.Name == $"CentralAsiaCT from its package: {q}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {q} | {Median(times[source.Name]) - empty:F1} | {JitInfo(source)} | {Median(times[package.Name]) - empty:F1} | {JitInfo(package)} | {answers[package.Name]} |"));
    }

    return 0;
});
return command.Parse(args).Invoke();

static string JitInfo((string Name, string Path, string[] Arguments) program) =>
    Run(program.Path, program.Arguments, ("CENTRALASIACT_JITINFO", "1")).Split('\n').LastOrDefault(l => l.StartsWith("jit:", StringComparison.Ordinal))?["jit: ".Length..].Trim() ?? "-";

static (double Milliseconds, string Output) Time(string program, string[] arguments)
{
    var clock = Stopwatch.StartNew();
    var output = Run(program, arguments);
    // One line for the table: the tool prints a whole table, the cold-start programs their answer.
    return (clock.Elapsed.TotalMilliseconds, output.Trim().Split('\n')[0].Trim());
}

static string Run(string program, string[] arguments, params (string Name, string Value)[] environment)
{
    var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    foreach (var (name, value) in environment)
    {
        start.Environment[name] = value;
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{program} exited with {process.ExitCode}.");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
public static partial class Program
{
    private const string JsonPeer = "Hand-rolled JSON (System.Text.Json + LINQ)";
    private const string CsvPeer = "CSV parsed at start (Sylvan + LINQ)";
    private const string SqlitePeer = "SQLite in memory (Microsoft.Data.Sqlite)";
    private const string FloorProgram = "Floor (NodaTime's first date + the library's image loaded, no question)";
}
