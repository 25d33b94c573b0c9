using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Validation;

/// <summary>INI001: the phases of the project follow one another in number and in time.</summary>
internal static class InitiativeRules
{
    public static void Check(PackageCheck check)
    {
        var rule = ValidationRules.PhaseOrder;
        var spans = DateRules.EventSpans(check, rule);
        var phases = new Dictionary<string, (int Row, string Phase, string Follows, string Launch)>(StringComparer.Ordinal);
        foreach (var row in check.Rows("initiatives", rule, "id", "phase", "follows_id", "launch_event_id"))
        {
            phases[row["id"]] = (row.Number, row["phase"], row["follows_id"], row["launch_event_id"]);
        }

        // A chain that comes back to where it started: the model reads a phase after the one it follows, so a cycle has
        // no first phase. Said once per cycle, on its first row, beside every other problem.
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in phases.Keys)
        {
            var seen = new List<string>();
            for (var at = start; at.Length > 0 && phases.ContainsKey(at) && !inCycle.Contains(at); at = phases[at].Follows)
            {
                var back = seen.IndexOf(at);
                if (back >= 0)
                {
                    var cycle = seen.GetRange(back, seen.Count - back);
                    inCycle.UnionWith(cycle);
                    var first = cycle.OrderBy(id => phases[id].Row).First();
                    if (cycle.Count > 1)
                    {
                        check.Add(rule, "initiatives", phases[first].Row, "follows_id", $"the phases {string.Join(", ", cycle.Select(Quoted.Input))} follow each other in a cycle", first);
                    }

                    break;
                }

                seen.Add(at);
            }
        }

        foreach (var pair in phases)
        {
            var (number, phase, follows, launch) = pair.Value;
            if (follows.Length == 0 || !phases.TryGetValue(follows, out var before))
            {
                continue;
            }

            if (follows == pair.Key)
            {
                check.Add(rule, "initiatives", number, "follows_id", $"'{Quoted.Input(pair.Key)}' cannot follow itself", pair.Key);
                continue;
            }

            if (IntegerText.TryParse(phase, out var n) && IntegerText.TryParse(before.Phase, out var m) && (long)n != m + 1L)
            {
                check.Add(rule, "initiatives", number, "phase", $"phase {n} ('{Quoted.Input(pair.Key)}') follows phase {m} ('{Quoted.Input(follows)}'), not phase {n - 1}", pair.Key);
            }

            if (spans.TryGetValue(launch, out var launched) && spans.TryGetValue(before.Launch, out var earlier) && launched.Last < earlier.First)
            {
                check.Add(rule, "initiatives", number, "launch_event_id", $"'{Quoted.Input(pair.Key)}' is launched before '{Quoted.Input(follows)}', the phase it follows", pair.Key);
            }
        }
    }
}
