using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>ROL001: roles are taken by states and organisations, not by events, places or documents.</summary>
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
    }
}
