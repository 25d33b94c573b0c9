using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>JPA003: an updated plan updates a plan, and comes after it. DOC001: a document's own adoption date has its
/// sources and grade and lies within its meeting's days.</summary>
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

        OwnDates(check, spans);

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

    // Data 2.3.0 gave documents a date of their own; an older package has none of these columns, and nothing to check.
    private static void OwnDates(PackageCheck check, Dictionary<string, (NodaTime.LocalDate First, NodaTime.LocalDate Last)> spans)
    {
        var table = check.Table("documents");
        if (table is null || !table.Columns.Contains("adopted"))
        {
            return;
        }

        var rule = ValidationRules.DocumentDate;
        foreach (var row in check.Rows("documents", rule, "id", "adopted_at_event_id", "adopted", "date_precision", "date_source_ids", "date_grade"))
        {
            var dated = row["adopted"].Length > 0 || row["date_precision"].Length > 0;
            foreach (var column in new[] { "date_source_ids", "date_grade" })
            {
                if (dated && row[column].Length == 0)
                {
                    check.Add(rule, "documents", row.Number, column, $"the adoption date of '{Quoted.Input(row["id"])}' has no {column.Replace("date_", string.Empty).Replace("_ids", "s")}", row["id"]);
                }
                else if (!dated && row[column].Length > 0)
                {
                    check.Add(rule, "documents", row.Number, column, $"'{Quoted.Input(row["id"])}' gives {column} but no adoption date", row["id"]);
                }
            }

            if (!dated)
            {
                continue;
            }

            if (row["adopted"].Length == 0 || row["date_precision"].Length == 0)
            {
                check.Add(rule, "documents", row.Number, row["adopted"].Length == 0 ? "adopted" : "date_precision", "a document's adoption date and its precision are given together, or neither", row["id"]);
                continue;
            }

            if (DateRules.Range(check, "documents", row.Number, row["adopted"], string.Empty, row["date_precision"], "adopted") is { } own
                && spans.TryGetValue(row["adopted_at_event_id"], out var meeting)
                && (own.Last < meeting.First || own.First > meeting.Last))
            {
                check.Add(rule, "documents", row.Number, "adopted", $"'{Quoted.Input(row["id"])}' is dated outside the days of '{Quoted.Input(row["adopted_at_event_id"])}', the meeting that adopted it", row["id"]);
            }
        }
    }
}
