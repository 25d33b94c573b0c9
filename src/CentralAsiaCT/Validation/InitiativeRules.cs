using System;
using System.Collections.Generic;
using System.Globalization;

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

            if (long.TryParse(phase, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && long.TryParse(before.Phase, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && n != m + 1)
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
