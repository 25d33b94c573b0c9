using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Validation;

/// <summary>
/// The generic Table Schema checks (TYP, KEY, REF): types, patterns, allowed values, ranges, keys and foreign keys. A
/// cell that fails one is marked broken, so that the rules of the domain skip it instead of misreading it.
/// </summary>
internal static class SchemaRules
{
    // Cells that a rule of the domain owns: the generic checks leave them alone, so that a broken cell is reported
    // once, under the rule that says what is wrong with it.
    private static readonly HashSet<string> SourceColumns = new(StringComparer.Ordinal) { "source_ids", "grade" };
    private static readonly HashSet<(string Table, string Column)> IsoColumns =
        [("states", "alpha2"), ("states", "alpha3"), ("states", "numeric"), ("states", "m49")];
    private static readonly HashSet<(string Table, string Column)> ErratumColumns =
        [("errata", "claim"), ("errata", "taken"), ("errata", "evidence")];
    private static readonly HashSet<(string Table, string Column)> DateColumns =
        [("events", "start"), ("events", "end"), ("event-claims", "start"), ("event-claims", "end"), ("milestones", "date")];

    public static void Check(PackageCheck check)
    {
        foreach (var resource in check.Descriptor.Resources)
        {
            if (check.Table(resource.Name) is not { } table)
            {
                continue;
            }

            foreach (var field in resource.Fields)
            {
                CheckField(check, resource, table, field);
            }

            if (check.Broken.BeyondUse(resource.Name))
            {
                check.BeyondUse(resource.Name);
                continue;
            }

            // The row where each key was first seen, so that a duplicate names the row it repeats (N4).
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var indexes = resource.PrimaryKey.Select(table.IndexOf).ToArray();
            for (var row = 0; row < table.Rows.Length && !check.Broken.BeyondUse(resource.Name); row++)
            {
                var key = string.Join("\u001F", indexes.Select(i => table.Rows[row][i]));
                if (indexes.Length > 0 && seen.TryGetValue(key, out var first))
                {
                    check.Add(ValidationRules.UniqueKey, resource.Name, row + 1, string.Join(",", resource.PrimaryKey), $"the key ({Quoted.Input(key.Replace('\u001F', ','))}) appears twice: first in row {first}");
                    foreach (var column in resource.PrimaryKey)
                    {
                        check.Broken.Cell(resource.Name, row + 1, column);
                    }
                }
                else if (indexes.Length > 0)
                {
                    seen.Add(key, row + 1);
                }
            }
        }

        foreach (var resource in check.Descriptor.Resources)
        {
            if (check.Table(resource.Name) is { } table)
            {
                CheckForeignKeys(check, resource, table);
                if (check.Broken.BeyondUse(resource.Name))
                {
                    check.BeyondUse(resource.Name);
                }
            }
        }
    }

    private static void CheckForeignKeys(PackageCheck check, ResourceDescriptor resource, Table table)
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var foreignKey in resource.ForeignKeys)
        {
            var targetResource = check.Descriptor.Resources.FirstOrDefault(r => r.Name == foreignKey.Resource);
            if (targetResource is null || !targetResource.FieldNames.Contains(foreignKey.ReferencedField) || !table.Columns.Contains(foreignKey.Field))
            {
                check.Problems.Add(ValidationRules.DescriptorShape, $"the foreign key {resource.Name}.{foreignKey.Field} -> {foreignKey.Resource}.{foreignKey.ReferencedField} names a missing table or field", PackageDescriptor.FileName);
                continue;
            }

            if (check.Table(foreignKey.Resource) is null || check.Broken.BeyondUse(foreignKey.Resource))
            {
                check.Problems.Add(ValidationRules.NotChecked, $"{ValidationRules.Reference.Id} not checked for {foreignKey.Field}: the table '{foreignKey.Resource}' could not be read (see above)", check.PathOf(resource.Name));
                continue;
            }

            var target = foreignKey.Resource + "\u001F" + foreignKey.ReferencedField;
            if (!keys.TryGetValue(target, out var targets))
            {
                keys.Add(target, targets = check.Keys(foreignKey.Resource, foreignKey.ReferencedField));
            }

            var column = table.IndexOf(foreignKey.Field);
            for (var row = 0; row < table.Rows.Length && !check.Broken.BeyondUse(resource.Name); row++)
            {
                var value = table.Rows[row][column];
                if (value.Length > 0 && !targets.Contains(value) && check.Broken.FirstBroken(resource.Name, row + 1, [foreignKey.Field]) is null)
                {
                    check.Add(ValidationRules.Reference, resource.Name, row + 1, foreignKey.Field, $"'{Quoted.Input(value)}' is not in {foreignKey.Resource}.{foreignKey.ReferencedField}");
                    check.Broken.Cell(resource.Name, row + 1, foreignKey.Field);
                }
            }
        }
    }

    private static void CheckField(PackageCheck check, ResourceDescriptor resource, Table table, FieldDescriptor field)
    {
        var column = table.IndexOf(field.Name);
        var owned = SourceColumns.Contains(field.Name) || ErratumColumns.Contains((resource.Name, field.Name));
        var ownedPattern = owned || IsoColumns.Contains((resource.Name, field.Name)) || DateColumns.Contains((resource.Name, field.Name));
        FieldPattern? pattern = null;
        if (field.Pattern is not null && !ownedPattern)
        {
            pattern = FieldPattern.Compile(field.Pattern, out var refusal);
            if (refusal is not null)
            {
                check.Problems.Add(ValidationRules.DescriptorShape, $"the pattern of {Quoted.Input(resource.Name)}.{Quoted.Input(field.Name)} {refusal}", PackageDescriptor.FileName);
            }
        }

        void Broken(ValidationRule rule, int row, string message)
        {
            check.Add(rule, resource.Name, row, field.Name, message);
            check.Broken.Cell(resource.Name, row, field.Name);
        }

        var unique = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < table.Rows.Length && !check.Broken.BeyondUse(resource.Name); row++)
        {
            var value = table.Rows[row][column];
            var shown = Quoted.Input(value);
            if (value.Length == 0)
            {
                if (field.Required && !owned)
                {
                    Broken(ValidationRules.Required, row + 1, "is empty but required");
                }

                continue;
            }

            switch (field.Type)
            {
                case "integer" when !IntegerText.TryParse(value, out _):
                    Broken(ValidationRules.FieldType, row + 1, $"'{shown}' is not an integer from -2147483648 to 2147483647");
                    continue;
                case "date" when !IsoDateText.TryParseDay(value, out _):
                    Broken(ValidationRules.FieldType, row + 1, $"'{shown}' is not a date (YYYY-MM-DD)");
                    continue;
                case "list" when !owned && value.Split([field.Delimiter], StringSplitOptions.None).Any(static item => item.Length == 0):
                    Broken(ValidationRules.FieldType, row + 1, $"'{shown}' has an empty item");
                    continue;
            }

            switch (pattern?.Matches(value, check.PatternTime))
            {
                case false:
                    Broken(ValidationRules.Pattern, row + 1, $"'{shown}' does not match the pattern {Quoted.Input(field.Pattern!)}");
                    break;
                case null when pattern is not null:
                    check.PatternBudgetSpent(resource.Name, row + 1, field.Name);
                    break;
            }

            if (!field.Enum.IsDefaultOrEmpty && !owned && !field.Enum.Contains(value))
            {
                Broken(ValidationRules.Enum, row + 1, $"'{shown}' is not one of {string.Join(", ", field.Enum)}");
            }

            if (field.Type == "integer" && IntegerText.TryParse(value, out var number)
                && ((field.Minimum is { } min && number < min) || (field.Maximum is { } max && number > max)))
            {
                Broken(ValidationRules.Range, row + 1, FormattableString.Invariant($"{number} is outside {field.Minimum}..{field.Maximum}"));
            }

            if (field.Unique && !ownedPattern && !unique.Add(value))
            {
                check.Add(ValidationRules.UniqueKey, resource.Name, row + 1, field.Name, $"'{shown}' appears twice");
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> matches; a match that times out (a hostile pattern) is no match.</summary>
    internal static bool Matches(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
