using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>ORG001: the organisations' parents form a tree, so that every organisation has a root.</summary>
internal static class OrganisationRules
{
    public static void Check(PackageCheck check)
    {
        var parents = new Dictionary<string, (int Row, string Parent)>(StringComparer.Ordinal);
        foreach (var row in check.Rows("organisations", ValidationRules.ParentCycle, "id", "parent_id"))
        {
            if (row["parent_id"].Length > 0)
            {
                parents[row["id"]] = (row.Number, row["parent_id"]);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in parents.Keys)
        {
            // Walk up from each organisation; meeting it again (within as many steps as there are parents) is a cycle.
            var current = start;
            for (var steps = 0; steps <= parents.Count && parents.TryGetValue(current, out var up); steps++)
            {
                current = up.Parent;
                if (current == start)
                {
                    if (reported.Add(start))
                    {
                        check.Add(ValidationRules.ParentCycle, "organisations", parents[start].Row, "parent_id", $"'{Quoted.Input(start)}' is its own parent through '{Quoted.Input(parents[start].Parent)}'", start);
                    }

                    break;
                }
            }
        }
    }
}
