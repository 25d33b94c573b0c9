using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>JPA003: an updated plan updates a plan, and comes after it.</summary>
internal static class DocumentRules
{
    public static void Check(PackageCheck check)
    {
        var rule = ValidationRules.PlanUpdate;
        var spans = DateRules.EventSpans(check, rule);
        var documents = new Dictionary<string, (string Kind, string AdoptedAt)>(StringComparer.Ordinal);
        var updates = new List<(int Row, string Id, string Updates)>();
        foreach (var row in check.Rows("documents", rule, "id", "kind", "adopted_at_event_id", "updates_id"))
        {
            documents[row["id"]] = (row["kind"], row["adopted_at_event_id"]);
            if (row["updates_id"].Length > 0)
            {
                updates.Add((row.Number, row["id"], row["updates_id"]));
            }
        }

        foreach (var (number, id, updated) in updates)
        {
            if (!documents.TryGetValue(updated, out var target))
            {
                continue;
            }

            var self = documents[id];
            if (updated == id || self.Kind != "plan" || target.Kind != "plan")
            {
                check.Add(rule, "documents", number, "updates_id", $"'{Quoted.Input(id)}' ({self.Kind}) cannot update '{Quoted.Input(updated)}' ({target.Kind}): only a plan updates another plan", id);
            }
            else if (spans.TryGetValue(self.AdoptedAt, out var adopted) && spans.TryGetValue(target.AdoptedAt, out var before) && adopted.First <= before.Last)
            {
                check.Add(rule, "documents", number, "updates_id", $"'{Quoted.Input(id)}' is not adopted after '{Quoted.Input(updated)}', the plan it updates", id);
            }
        }
    }
}
