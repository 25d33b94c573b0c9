using System;
using System.Collections.Generic;
using System.Linq;

namespace CentralAsiaCT.Validation;

/// <summary>CIT001 and CIT002: every citation of a fact has a quote, and every quote belongs to a citation.</summary>
internal static class CitationRules
{
    private static readonly string[] CitingColumns = ["source_ids", "claim_source_ids", "date_source_ids"];

    public static void Check(PackageCheck check)
    {
        // Without the citations table there is nothing to hold quotes against (its absence is reported as such).
        if (check.Table("citations") is null)
        {
            return;
        }

        var quoted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in check.Rows("citations", ValidationRules.CitationQuote, "table", "row_key", "column", "source_id", "quote"))
        {
            quoted[Key(row["table"], row["row_key"], row["column"], row["source_id"])] = row.Number;
        }

        // A source missing from the sources table is SRC002's finding; its quote is not asked for as well.
        var sources = check.Table("sources");
        var known = sources is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(sources.Rows.Where(r => r.Length > 0).Select(r => r[sources.IndexOf("id")]), StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in check.Descriptor.Resources)
        {
            var table = check.Table(resource.Name);
            if (table is null || resource.Name == "citations")
            {
                continue;
            }

            read.Add(resource.Name);
            foreach (var column in CitingColumns.Where(table.Columns.Contains))
            {
                var index = table.IndexOf(column);
                for (var i = 0; i < table.Rows.Length; i++)
                {
                    var cells = table.Rows[i];
                    if (index >= cells.Length || cells[index].Length == 0)
                    {
                        continue;
                    }

                    var rowKey = table.KeyOf(i);
                    foreach (var source in cells[index].Split(';').Select(static s => s.Trim()))
                    {
                        var key = Key(resource.Name, rowKey, column, source);
                        cited.Add(key);
                        if (known.Contains(source) && !quoted.ContainsKey(key))
                        {
                            check.Add(ValidationRules.CitationQuote, resource.Name, i + 1, column, $"the citation of source '{Quoted.Input(source)}' by row ({Quoted.Input(rowKey)}) has no quote in the citations table");
                        }
                    }
                }
            }
        }

        // A quote of a table that could not be read is not held against it: that table's problem is reported already.
        foreach (var entry in quoted.Where(e => !cited.Contains(e.Key)))
        {
            var parts = entry.Key.Split('\u001F');
            if (!read.Contains(parts[0]))
            {
                continue;
            }

            check.Add(ValidationRules.QuoteCitation, "citations", entry.Value, "row_key", $"no row ({Quoted.Input(parts[1])}) of '{Quoted.Input(parts[0])}' cites source '{Quoted.Input(parts[3])}' in {Quoted.Input(parts[2])}");
        }
    }

    private static string Key(string table, string rowKey, string column, string source) =>
        table + "\u001F" + rowKey + "\u001F" + column + "\u001F" + source;
}
