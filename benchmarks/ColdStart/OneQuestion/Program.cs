using System;
using System.Diagnostics;
using System.Linq;
using CentralAsiaCT;

// The question to ask first (each process asks one): the harness times each kind as its own process.
var question = args.Length > 0 ? args[0] : "parties";
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var clock = Stopwatch.StartNew();
var answer = question switch
{
    // Which states are parties to the plan in force on a day (the day fixed, so that every run asks the same).
    "parties" => CentralAsiaData.Default.Plans.InForceOn(new NodaTime.LocalDate(2026, 12, 2)) is { } plan
        ? string.Join(" ", plan.Parties.Select(s => s.Alpha3))
        : "none",

    // A state by one of its names, in another language.
    "lookup" => CentralAsiaData.Default.States.Get("Kirghizistan").Alpha3,

    // The latest review of the Strategy, with its resolution and date.
    "review" => CentralAsiaData.Default.Reviews[^1] is var review ? $"{review.Id} {review.AdoptedOn}" : "",

    // The events of 2011, in order.
    "timeline" => string.Join(" ", CentralAsiaData.Default.Timeline.Within(new NodaTime.DateInterval(new NodaTime.LocalDate(2011, 1, 1), new NodaTime.LocalDate(2011, 12, 31))).Select(e => e.Id)),
    _ => throw new ArgumentException($"No question '{question}': parties, lookup, review or timeline."),
};
var firstAccess = clock.Elapsed;
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
Console.WriteLine(answer);
if (Environment.GetEnvironmentVariable("CENTRALASIACT_JITINFO") == "1")
{
    // First access with everything cold (JIT, type loading), as a notebook or script pays it inside its process.
    Console.WriteLine($"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms; first access {firstAccess.TotalMilliseconds:F1} ms, {allocated / 1024.0:F1} KB allocated");
}
