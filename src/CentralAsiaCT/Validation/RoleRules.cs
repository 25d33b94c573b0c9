using System.Collections.Generic;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Dating;

namespace CentralAsiaCT.Validation;

/// <summary>ROL: roles are taken by states and organisations (a standing in an organisation by a state, in an
/// organisation); a role's days are real dates that do not end before they start; no state holds two standings in one
/// organisation on the same day. Both tables of roles are checked alike (<see cref="RoleTable"/>).</summary>
internal static class RoleRules
{
    public static void Check(PackageCheck check)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in check.Rows("entities", ValidationRules.Participant, "id", "kind"))
        {
            kinds[row["id"]] = row["kind"];
        }

        foreach (var table in RoleTable.All)
        {
            if (check.Table(table.Name) is null)
            {
                continue;
            }

            CheckKinds(check, table, kinds);
            CheckValidity(check, table);
        }

        foreach (var table in RoleTable.All)
        {
            if (table.TargetKind == typeof(Organisation) && check.Table(table.Name) is not null)
            {
                CheckOverlaps(check, table);
            }
        }
    }

    private static void CheckKinds(PackageCheck check, RoleTable table, Dictionary<string, string> kinds)
    {
        var onlyStates = table.ParticipantKind == typeof(State);
        foreach (var row in check.Rows(table.Name, ValidationRules.Participant, table.ParticipantColumn, table.TargetColumn))
        {
            var participant = row[table.ParticipantColumn];
            if (kinds.TryGetValue(participant, out var kind) && (onlyStates ? kind != "state" : kind is not ("state" or "organisation")))
            {
                check.Add(ValidationRules.Participant, table.Name, row.Number, table.ParticipantColumn, $"'{Quoted.Input(participant)}' is a {kind}, and only {(onlyStates ? "a state holds a standing in an organisation" : "a state or an organisation takes a role")}", participant);
            }

            var target = row[table.TargetColumn];
            if (table.TargetKind == typeof(Organisation) && kinds.TryGetValue(target, out var targetKind) && targetKind != "organisation")
            {
                check.Add(ValidationRules.Participant, table.Name, row.Number, table.TargetColumn, $"'{Quoted.Input(target)}' is a {targetKind}, not an organisation", participant);
            }
        }
    }

    private static void CheckValidity(PackageCheck check, RoleTable table)
    {
        foreach (var row in check.Rows(table.Name, ValidationRules.RoleValidity, table.ParticipantColumn, table.TargetColumn, "valid_from", "valid_to"))
        {
            var from = Bound(check, table, row, "valid_from");
            var to = Bound(check, table, row, "valid_to");
            if (from is { } first && to is { } last && last.Last < first.First)
            {
                check.Add(ValidationRules.RoleValidity, table.Name, row.Number, "valid_to", $"the role of '{Quoted.Input(row[table.ParticipantColumn])}' in {Quoted.Input(row[table.TargetColumn])} ends ({last}) before it starts ({first})", row[table.ParticipantColumn]);
            }
        }
    }

    // A bound is a day, a month or a year, as its form says; a form that is none of them (2011-02-30) is DAT002.
    private static KnownDate? Bound(PackageCheck check, RoleTable table, CheckedRow row, string column)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (IsoDateText.TryParseKnownDate(text, out var date))
        {
            return date;
        }

        check.Add(ValidationRules.DatePrecision, table.Name, row.Number, column, $"'{Quoted.Input(text)}' is not a day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY)", row[table.ParticipantColumn]);
        return null;
    }

    // Two standings of one state in one organisation may meet on a day known only to the month, but neither is certain
    // on a day the other is certain: the later one starts after the earlier one ends.
    private static void CheckOverlaps(PackageCheck check, RoleTable table)
    {
        var standings = new Dictionary<(string, string), List<(int Row, KnownDate? From, KnownDate? To)>>();
        foreach (var row in check.Rows(table.Name, ValidationRules.StandingOverlap, table.ParticipantColumn, table.TargetColumn, "valid_from", "valid_to"))
        {
            // A bound that is not a date was reported by ROL002's reading (DAT002): it bounds nothing here.
            var from = IsoDateText.TryParseKnownDate(row["valid_from"], out var f) ? f : null;
            var to = IsoDateText.TryParseKnownDate(row["valid_to"], out var t) ? t : null;
            var key = (row[table.ParticipantColumn], row[table.TargetColumn]);
            if (!standings.TryGetValue(key, out var list))
            {
                standings[key] = list = [];
            }

            foreach (var earlier in list)
            {
                if (CertainlyOverlap(earlier.From, earlier.To, from, to))
                {
                    check.Add(ValidationRules.StandingOverlap, table.Name, row.Number, "valid_from", $"'{Quoted.Input(key.Item1)}' holds two standings in {Quoted.Input(key.Item2)} on the same day (see row {earlier.Row})", key.Item1);
                    break;
                }
            }

            list.Add((row.Number, from, to));
        }
    }

    private static bool CertainlyOverlap(KnownDate? from1, KnownDate? to1, KnownDate? from2, KnownDate? to2) =>
        (to2 is not { } end2 || from1 is not { } start1 || start1.Last <= end2.First) && (to1 is not { } end1 || from2 is not { } start2 || start2.Last <= end1.First);
}
