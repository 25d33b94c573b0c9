using System;
using System.Collections.Generic;
using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>JPA: the parties and observers of a plan are Central Asian states, each in one role.</summary>
internal static class PlanRules
{
    public static void Check(PackageCheck check)
    {
        var plans = new HashSet<string>(
            check.Rows("documents", ValidationRules.CentralAsianParties, "id", "kind").Where(d => d["kind"] == "plan").Select(d => d["id"]),
            StringComparer.Ordinal);
        var subRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in check.Rows("states", ValidationRules.CentralAsianParties, "alpha3", "m49_subregion"))
        {
            subRegion[state["alpha3"]] = state["m49_subregion"];
        }

        // Without the states, no party's region is known: there is nothing to conclude.
        if (check.Table("states") is null)
        {
            return;
        }

        var states = check.Keys("states", "alpha3");
        var roles = new Dictionary<(string State, string Plan), List<(int Row, string Role)>>();
        foreach (var row in check.Rows("participations", ValidationRules.CentralAsianParties, "participant_id", "target_id", "role"))
        {
            if (!plans.Contains(row["target_id"]) || row["role"] is not ("adopter" or "observer"))
            {
                continue;
            }

            // A state whose row could not be read (its sub-region broken) has no known region: nothing to conclude.
            var party = row["participant_id"];
            var known = subRegion.TryGetValue(party, out var region);
            if ((known && region != M49Region.CentralAsiaCode) || (!known && !states.Contains(party)))
            {
                check.Add(ValidationRules.CentralAsianParties, "participations", row.Number, "participant_id", $"'{Quoted.Input(party)}' is not a Central Asian state, so cannot be {row["role"]} of {row["target_id"]}", party);
            }

            var key = (party, row["target_id"]);
            if (!roles.TryGetValue(key, out var list))
            {
                roles[key] = list = [];
            }

            list.Add((row.Number, row["role"]));
        }

        foreach (var pair in roles.Where(p => p.Value.Select(r => r.Role).Distinct().Count() > 1))
        {
            check.Add(ValidationRules.AdopterOrObserver, "participations", pair.Value[^1].Row, "role", $"'{Quoted.Input(pair.Key.State)}' is both adopter and observer of {pair.Key.Plan}", pair.Key.State);
        }
    }
}
