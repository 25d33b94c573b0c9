using System.Collections.Generic;
using System;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT.Validation;

/// <summary>ROL001: roles are taken by states and organisations, not by events, places or documents; ROL002: a role's
/// validity makes sense.</summary>
internal static class RoleRules
{
    public static void Check(PackageCheck check)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in check.Rows("entities", ValidationRules.Participant, "id", "kind"))
        {
            kinds[row["id"]] = row["kind"];
        }

        foreach (var row in check.Rows("participations", ValidationRules.Participant, "participant_id"))
        {
            var participant = row["participant_id"];
            if (kinds.TryGetValue(participant, out var kind) && kind is not ("state" or "organisation"))
            {
                check.Add(ValidationRules.Participant, "participations", row.Number, "participant_id", $"'{Quoted.Input(participant)}' is a {kind}, and only a state or an organisation takes a role", participant);
            }
        }

        foreach (var row in check.Rows("participations", ValidationRules.RoleValidity, "participant_id", "target_id", "valid_from", "valid_to"))
        {
            if (IsoDateText.TryParseDay(row["valid_from"], out var from) && IsoDateText.TryParseDay(row["valid_to"], out var to) && to < from)
            {
                check.Add(ValidationRules.RoleValidity, "participations", row.Number, "valid_to", $"the role of '{Quoted.Input(row["participant_id"])}' in {Quoted.Input(row["target_id"])} ends on {IsoDateText.Format(to)} before it starts on {IsoDateText.Format(from)}", row["participant_id"]);
            }
        }
    }
}
