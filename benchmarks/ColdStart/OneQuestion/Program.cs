using System;
using System.Diagnostics;
using System.Linq;
using CentralAsiaCT;

var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var clock = Stopwatch.StartNew();
// The question: which states are parties to the plan in force on a day (the day fixed, so that every run asks the same).
CentralAsiaData.Default.Plans.TryGetInForceOn(new NodaTime.LocalDate(2026, 12, 2), out var plan);
var adopters = plan!.Parties;
var firstAccess = clock.Elapsed;
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
Console.WriteLine(string.Join(" ", adopters.Select(s => s.Alpha3)));
if (Environment.GetEnvironmentVariable("CENTRALASIACT_JITINFO") == "1")
{
    // First access with everything cold (JIT, type loading), as a notebook or script pays it inside its process.
    Console.WriteLine($"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms; first access {firstAccess.TotalMilliseconds:F1} ms, {allocated / 1024.0:F1} KB allocated");
}
