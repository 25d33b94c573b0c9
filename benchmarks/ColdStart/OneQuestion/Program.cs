using System;
using System.Linq;
using CentralAsiaCT;

var adopters = CentralAsiaData.Default.StatesWithStatus(JointPlanStatus.Adopted);
Console.WriteLine(string.Join(" ", adopters.Select(s => s.Alpha3)));
if (Environment.GetEnvironmentVariable("CENTRALASIACT_JITINFO") == "1")
{
    Console.WriteLine($"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms");
}
