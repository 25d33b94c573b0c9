using System;
using System.Collections.Generic;

namespace CentralAsiaCT.Validation;

/// <summary>ENT001: every registered entity is defined once, in the table of its kind.</summary>
internal static class EntityRules
{
    public static void Check(PackageCheck check)
    {
        var rule = ValidationRules.EntityKind;
        var kinds = new Dictionary<string, (int Row, string Kind)>(StringComparer.Ordinal);
        foreach (var row in check.Rows("entities", rule, "id", "kind"))
        {
            kinds[row["id"]] = (row.Number, row["kind"]);
        }

        // How many tables define each ID, from the IDs as written: a row with another broken cell still defines its ID,
        // and an ID twice in one table is KEY001's to report, not ENT001's.
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        var allRead = true;
        // Which table defines which kind, and in which column its ID stands, is the registry's.
        foreach (var (table, column, fixedKind) in check.Kinds.DefiningTables())
        {
            allRead &= check.Table(table) is not null;
            foreach (var id in check.Keys(table, column))
            {
                defined[id] = defined.TryGetValue(id, out var n) ? n + 1 : 1;
            }

            foreach (var row in check.Rows(table, rule, fixedKind is null ? [column, "kind"] : [column]))
            {
                var id = row[column];
                var kind = fixedKind ?? row["kind"];
                if (kinds.TryGetValue(id, out var registered) && registered.Kind != kind)
                {
                    check.Add(rule, table, row.Number, column, $"'{Quoted.Input(id)}' is registered as a {registered.Kind}, not a {kind}", id);
                }
            }
        }

        // "Defined in no table" is a conclusion only when every defining table was read.
        if (!allRead)
        {
            return;
        }

        foreach (var pair in kinds)
        {
            if (!defined.TryGetValue(pair.Key, out var count) || count != 1)
            {
                check.Add(rule, "entities", pair.Value.Row, "id", $"the {pair.Value.Kind} '{Quoted.Input(pair.Key)}' is defined {(count == 0 ? "in no table" : $"{count} times")}", pair.Key);
            }
        }
    }
}
