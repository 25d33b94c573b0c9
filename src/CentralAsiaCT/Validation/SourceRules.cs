using System;
using System.Collections.Generic;
using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>SRC and GRD: every fact cites known sources, every source is cited, every grade is a shipped one.</summary>
internal static class SourceRules
{
    public static void Check(PackageCheck check)
    {
        var sources = check.Keys("sources", "id");
        var sourcesRead = check.Table("sources") is not null;
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in check.Tables.Tables.Where(t => t.Columns.Contains("source_ids")))
        {
            foreach (var row in check.Rows(table.Name, ValidationRules.NoSource, "source_ids"))
            {
                var ids = Ids(row["source_ids"]);
                if (ids.Count == 0)
                {
                    check.Add(ValidationRules.NoSource, table.Name, row.Number, "source_ids", "the fact cites no source");
                }

                foreach (var id in ids)
                {
                    cited.Add(id);
                    if (sourcesRead && !sources.Contains(id))
                    {
                        check.Add(ValidationRules.UnknownSource, table.Name, row.Number, "source_ids", $"the source '{Quoted.Input(id)}' is not in the sources table");
                    }
                }
            }

            if (table.Columns.Contains("claim_source_ids"))
            {
                foreach (var row in check.Rows(table.Name, ValidationRules.UnknownSource, "claim_source_ids"))
                {
                    foreach (var id in Ids(row["claim_source_ids"]))
                    {
                        cited.Add(id);
                        if (sourcesRead && !sources.Contains(id))
                        {
                            check.Add(ValidationRules.UnknownSource, table.Name, row.Number, "claim_source_ids", $"the source '{Quoted.Input(id)}' is not in the sources table");
                        }
                    }
                }
            }

            if (table.Columns.Contains("grade"))
            {
                foreach (var row in check.Rows(table.Name, ValidationRules.Grade, "grade"))
                {
                    if (row["grade"] is not ("A" or "B"))
                    {
                        check.Add(ValidationRules.Grade, table.Name, row.Number, "grade", $"'{Quoted.Input(row["grade"])}' is not a shipped grade (A or B)");
                    }
                }
            }
        }

        foreach (var row in check.Rows("sources", ValidationRules.SourceAddress, "address"))
        {
            if (!Uri.TryCreate(row["address"], UriKind.Absolute, out _))
            {
                check.Add(ValidationRules.SourceAddress, "sources", row.Number, "address", $"'{Quoted.Input(row["address"])}' is not an absolute address");
            }
        }

        if (!sourcesRead)
        {
            check.NotRead(ValidationRules.UnknownSource, "sources");
            return;
        }

        // A source can be called uncited only when every table that may cite it was read.
        if (!check.AllRead(ValidationRules.UncitedSource, r => r.FieldNames.Contains("source_ids") || r.FieldNames.Contains("claim_source_ids")))
        {
            return;
        }

        foreach (var row in check.Rows("sources", ValidationRules.UncitedSource, "id"))
        {
            if (!cited.Contains(row["id"]))
            {
                check.Add(ValidationRules.UncitedSource, "sources", row.Number, "id", $"no fact cites the source '{Quoted.Input(row["id"])}'", row["id"]);
            }
        }
    }

    private static List<string> Ids(string cell) =>
        cell.Split(';').Select(static s => s.Trim()).Where(static s => s.Length > 0).ToList();
}
