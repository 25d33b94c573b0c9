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
        GradesOnOneSecondarySource(check);
        CopiesNameTheirOriginal(check);

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

    /// <summary>GRD003: a fact is graded A on an official page read first-hand (the UN, an organisation, a government), or
    /// on two first-hand sources of different publishers agreeing; on one secondary source it is B. A fact that rests on
    /// copies alone is GRD002's.</summary>
    private static void GradesOnOneSecondarySource(PackageCheck check)
    {
        // Packages before data 2.4.0 do not say who their publishers are: nothing to hold against them.
        if (check.Table("sources") is not { } sourceTable || !sourceTable.Columns.Contains("publisher_kind") || !sourceTable.Columns.Contains("copy"))
        {
            return;
        }

        var firstHand = new Dictionary<string, (string Publisher, bool Official)>(StringComparer.Ordinal);
        foreach (var row in check.Rows("sources", ValidationRules.GradeOnOneSecondarySource, "id", "publisher", "publisher_kind", "copy"))
        {
            if (row["copy"] is not ("reproduction" or "mirror"))
            {
                firstHand[row["id"]] = (row["publisher"], row["publisher_kind"] == "official");
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

                foreach (var row in check.Rows(table.Name, ValidationRules.GradeOnOneSecondarySource, sourcesColumn, gradeColumn))
                {
                    var read = Ids(row[sourcesColumn]).Where(firstHand.ContainsKey).Select(id => firstHand[id]).ToList();
                    if (row[gradeColumn] == "A" && read.Count > 0 && !read.Any(static s => s.Official) && read.Select(static s => s.Publisher).Distinct(StringComparer.Ordinal).Count() < 2)
                    {
                        check.Add(ValidationRules.GradeOnOneSecondarySource, table.Name, row.Number, gradeColumn, $"graded A on one secondary source ({Quoted.Input(row[sourcesColumn])}): A needs an official page or two independent sources; B at most");
                    }
                }
            }
        }
    }

    /// <summary>SRC005: a source read on a copy names the publisher's own address, and only a copy does.</summary>
    private static void CopiesNameTheirOriginal(PackageCheck check)
    {
        if (check.Table("sources") is not { } sourceTable || !sourceTable.Columns.Contains("copy") || !sourceTable.Columns.Contains("original_address"))
        {
            return;
        }

        foreach (var row in check.Rows("sources", ValidationRules.CopyAndOriginal, "id", "copy", "original_address"))
        {
            var isCopy = row["copy"].Length > 0;
            if (isCopy != (row["original_address"].Length > 0))
            {
                check.Add(ValidationRules.CopyAndOriginal, "sources", row.Number, isCopy ? "original_address" : "copy", isCopy
                    ? $"the source '{Quoted.Input(row["id"])}' is read on a copy ({Quoted.Input(row["copy"])}) but names no original address"
                    : $"the source '{Quoted.Input(row["id"])}' names an original address but does not say what kind of copy its address is", row["id"]);
            }
        }
    }

    private static List<string> Ids(string cell) =>
        cell.Split(';').Select(static s => s.Trim()).Where(static s => s.Length > 0).ToList();
}
