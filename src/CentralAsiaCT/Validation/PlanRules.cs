using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT.Validation;

/// <summary>JPA: a plan names its region, its parties and observers are states of that region, each in one role.</summary>
internal static class PlanRules
{
    public static void Check(PackageCheck check)
    {
        var subRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in check.Rows("states", ValidationRules.CentralAsianParties, "alpha3", "m49_subregion"))
        {
            subRegion[state["alpha3"]] = state["m49_subregion"];
        }

        // Without the states, no region is known: there is nothing to conclude.
        if (check.Table("states") is null)
        {
            return;
        }

        // Each plan's region, from its own row: the rule has no region of its own.
        var plans = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var document in check.Rows("documents", ValidationRules.CentralAsianParties, "id", "kind", "region_m49"))
        {
            if (document["kind"] != "plan")
            {
                continue;
            }

            string? region = document["region_m49"];
            if (region.Length == 0 || !subRegion.ContainsValue(region))
            {
                check.Add(ValidationRules.CentralAsianParties, "documents", document.Number, "region_m49", region.Length == 0 ? $"the plan {document["id"]} names no region" : $"no state of the data is in the M49 sub-region '{Quoted.Input(region)}' of {document["id"]}", document["id"]);
                region = null;
            }

            plans[document["id"]] = region;
        }

        var states = check.Keys("states", "alpha3");
        var roles = new Dictionary<(string State, string Plan), List<(int Row, string Role, KnownDate? From, KnownDate? To)>>();
        foreach (var row in check.Rows("participations", ValidationRules.CentralAsianParties, "participant_id", "target_id", "role", "valid_from", "valid_to"))
        {
            if (!plans.TryGetValue(row["target_id"], out var planRegion) || row["role"] is not ("adopter" or "observer"))
            {
                continue;
            }

            // A state whose row could not be read (its sub-region broken), or a plan without a region, leaves nothing to conclude.
            var party = row["participant_id"];
            var known = subRegion.TryGetValue(party, out var region);
            if ((known && planRegion is not null && region != planRegion) || (!known && !states.Contains(party)))
            {
                check.Add(ValidationRules.CentralAsianParties, "participations", row.Number, "participant_id", $"'{Quoted.Input(party)}' is not a state of the region of {row["target_id"]} ({planRegion}), so cannot be its {row["role"]}", party);
            }

            var key = (party, row["target_id"]);
            if (!roles.TryGetValue(key, out var list))
            {
                roles[key] = list = [];
            }

            list.Add((row.Number, row["role"], Day(row["valid_from"]), Day(row["valid_to"])));
        }

        // A state may observe a plan and adopt it later: only roles held on the same day conflict.
        foreach (var pair in roles)
        {
            var list = pair.Value;
            for (var i = 0; i < list.Count; i++)
            {
                if (list.Take(i).Any(earlier => earlier.Role != list[i].Role && Overlap(earlier.From, earlier.To, list[i].From, list[i].To)))
                {
                    check.Add(ValidationRules.AdopterOrObserver, "participations", list[i].Row, "role", $"'{Quoted.Input(pair.Key.State)}' is both adopter and observer of {pair.Key.Plan} on the same day", pair.Key.State);
                    break;
                }
            }
        }
    }

    private static KnownDate? Day(string text) => IsoDateText.TryParseKnownDate(text, out var date) ? date : null;

    // Two roles conflict on the days each is certainly held.
    private static bool Overlap(KnownDate? from1, KnownDate? to1, KnownDate? from2, KnownDate? to2) =>
        (to2 is not { } end2 || from1 is not { } start1 || start1.Last <= end2.First) && (to1 is not { } end1 || from2 is not { } start2 || start2.Last <= end1.First);
}
