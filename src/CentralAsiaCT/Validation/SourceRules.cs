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

            foreach (var column in OtherCitingColumns.Where(table.Columns.Contains))
            {
                foreach (var row in check.Rows(table.Name, ValidationRules.UnknownSource, column))
                {
                    foreach (var id in Ids(row[column]))
                    {
                        cited.Add(id);
                        if (sourcesRead && !sources.Contains(id))
                        {
                            check.Add(ValidationRules.UnknownSource, table.Name, row.Number, column, $"the source '{Quoted.Input(id)}' is not in the sources table");
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

        if (check.Table("sources")?.Columns.Contains("original_address") == true)
        {
            foreach (var row in check.Rows("sources", ValidationRules.SourceAddress, "original_address"))
            {
                if (row["original_address"].Length > 0 && !Uri.TryCreate(row["original_address"], UriKind.Absolute, out _))
                {
                    check.Add(ValidationRules.SourceAddress, "sources", row.Number, "original_address", $"'{Quoted.Input(row["original_address"])}' is not an absolute address");
                }
            }
        }

        GradesOnCopies(check);

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

    private static readonly string[] OtherCitingColumns = ["claim_source_ids", "date_source_ids"];

    // The grade columns and the source lists they grade.
    private static readonly (string Sources, string Grade)[] GradedColumns = [("source_ids", "grade"), ("date_source_ids", "date_grade")];

    /// <summary>GRD002: a copy can be faithful, but it is not its publisher; a fact that rests on third-party copies alone
    /// (reproductions and mirrors, not web archives) is graded B at most.</summary>
    private static void GradesOnCopies(PackageCheck check)
    {
        // Packages before data 2.3.0 do not say which sources are copies: nothing to hold against them.
        if (check.Table("sources") is not { } sourceTable || !sourceTable.Columns.Contains("copy"))
        {
            return;
        }

        var copies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in check.Rows("sources", ValidationRules.GradeOnCopies, "id", "copy"))
        {
            if (row["copy"] is "reproduction" or "mirror")
            {
                copies.Add(row["id"]);
            }
        }

        foreach (var table in check.Tables.Tables)
        {
            foreach (var (sourcesColumn, gradeColumn) in GradedColumns)
            {
                if (!table.Columns.Contains(sourcesColumn) || !table.Columns.Contains(gradeColumn))
                {
                    continue;
                }

                foreach (var row in check.Rows(table.Name, ValidationRules.GradeOnCopies, sourcesColumn, gradeColumn))
                {
                    var ids = Ids(row[sourcesColumn]);
                    if (row[gradeColumn] == "A" && ids.Count > 0 && ids.All(copies.Contains))
                    {
                        check.Add(ValidationRules.GradeOnCopies, table.Name, row.Number, gradeColumn, $"graded A on {(ids.Count == 1 ? "a copy" : "copies")} alone ({Quoted.Input(string.Join(";", ids))}): B at most");
                    }
                }
            }
        }
    }

    private static List<string> Ids(string cell) =>
        cell.Split(';').Select(static s => s.Trim()).Where(static s => s.Length > 0).ToList();
}
