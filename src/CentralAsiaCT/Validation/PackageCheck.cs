using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Validation;

/// <summary>
/// What one validation works on: the tables that could be read, their descriptor, the problems found so far and the
/// cells already reported broken. Each rule reads rows through <see cref="Rows"/>, which skips (and says it skipped)
/// the rows whose cells the rule reads are broken, so that every rule runs on every other row.
/// </summary>
internal sealed class PackageCheck
{
    private readonly HashSet<(string RuleId, string Table, int Row)> _skipped = [];

    public PackageCheck(TableSet tables, PackageDescriptor descriptor, ProblemList problems, BrokenCells broken, EntityKinds kinds)
    {
        Kinds = kinds;
        Tables = tables;
        Descriptor = descriptor;
        Problems = problems;
        Broken = broken;
    }

    public TableSet Tables { get; }

    /// <summary>The registry of entity kinds the package is checked against.</summary>
    public EntityKinds Kinds { get; }

    public PackageDescriptor Descriptor { get; }

    public ProblemList Problems { get; }

    public BrokenCells Broken { get; }

    /// <summary>The time the descriptor's patterns have taken so far, against <see cref="FieldPattern.Budget"/>.</summary>
    public Stopwatch PatternTime { get; } = new();

    /// <summary>Says, once per package, that the patterns' budget is spent and the cells from here on are not matched.</summary>
    public void PatternBudgetSpent(string table, int row, string column)
    {
        if (_skipped.Add((ValidationRules.Pattern.Id, "*budget", 0)))
        {
            Problems.Add(ValidationRules.NotChecked, FormattableString.Invariant($"{ValidationRules.Pattern.Id} not checked from here on: the patterns of this package have taken their budget of {FieldPattern.Budget.TotalSeconds:0.#} s"), PathOf(table), row, column);
        }
    }

    /// <summary>The table, or null when it could not be read or is broken beyond use.</summary>
    public Table? Table(string name) => Tables.TryGet(name, out var table) && !Broken.BeyondUse(name) ? table : null;

    /// <summary>Says, once, that a table has too many broken cells for any rule to read it further.</summary>
    public void BeyondUse(string table)
    {
        if (_skipped.Add((string.Empty, table, 0)))
        {
            Problems.Add(ValidationRules.NotChecked, $"more than {BrokenCells.MaxPerTable} cells of this table are broken: it is broken beyond use, and no rule reads it further", PathOf(table));
        }
    }

    public string PathOf(string table) => Descriptor.Resources.FirstOrDefault(r => r.Name == table)?.Path ?? table;

    public void Add(ValidationRule rule, string table, int? row, string? column, string message, string? entityId = null)
    {
        if (rule.Severity == Severity.Error && rule.Since is { } since && Predates(since))
        {
            Problems.Add(rule, $"{message} (a rule of data {since}, later than this edition: a warning)", PathOf(table), row, column, entityId, Severity.Warning);
            return;
        }

        Problems.Add(rule, message, PathOf(table), row, column, entityId);
    }

    // Whether this edition is older than `since`, the version a rule or column came in with.
    private bool Predates(string since) =>
        DataVersion.Parse(Descriptor.Metadata.Version) is { } version && DataVersion.Parse(since) is { } added && version.CompareTo(added) < 0;

    /// <summary>
    /// The rows of <paramref name="table"/> whose <paramref name="columns"/> can all be read, for <paramref name="rule"/>;
    /// a row with a broken cell among them is skipped with a notice, and so is the whole table when it could not be read.
    /// </summary>
    public IEnumerable<CheckedRow> Rows(string table, ValidationRule rule, params string[] columns)
    {
        var read = Table(table);
        if (read is not null && columns.FirstOrDefault(c => !read.Columns.Contains(c)) is { } absent)
        {
            // An edition older than the column (issue 33): the rule has nothing to check there.
            if (_skipped.Add((rule.Id, table, 0)))
            {
                Problems.Add(ValidationRules.NotChecked, $"{rule.Id} not checked: this edition's '{table}' has no column '{absent}'", PathOf(table));
            }

            yield break;
        }

        if (read is null)
        {
            NotRead(rule, table);
            yield break;
        }

        for (var i = 0; i < read.Rows.Length; i++)
        {
            var brokenColumn = Broken.FirstBroken(table, i + 1, columns);
            if (brokenColumn is not null)
            {
                // Past the report's cap a notice would not be listed: the set stays bounded with it.
                if (!Problems.IsFull && _skipped.Add((rule.Id, table, i + 1)))
                {
                    Problems.Add(ValidationRules.NotChecked, $"{rule.Id} not checked on this row: a cell it reads is broken (see above)", PathOf(table), i + 1, brokenColumn.Length == 0 ? null : brokenColumn);
                }

                continue;
            }

            yield return new CheckedRow(read, i);
        }
    }

    /// <summary>Says, once per rule and table, that <paramref name="rule"/> was not checked on a table that could not be read.</summary>
    public void NotRead(ValidationRule rule, string table)
    {
        if (_skipped.Add((rule.Id, table, 0)))
        {
            Problems.Add(ValidationRules.NotChecked, Descriptor.Resources.Any(r => r.Name == table)
                ? $"{rule.Id} not checked: the table '{table}' could not be read (see above)"
                : $"{rule.Id} not checked: this edition has no table '{table}'", PathOf(table));
        }
    }

    /// <summary>Every value of one column as written, broken or not: the keys that other rows may refer to.</summary>
    public HashSet<string> Keys(string table, string column)
    {
        var read = Table(table);
        if (read is null || !read.Columns.Contains(column))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var index = read.IndexOf(column);
        return new HashSet<string>(read.Rows.Select(r => r[index]), StringComparer.Ordinal);
    }

    /// <summary>Whether every resource of the descriptor was read, so that a rule about the whole package may conclude.</summary>
    public bool AllRead(ValidationRule rule, Func<ResourceDescriptor, bool> which)
    {
        var missing = Descriptor.Resources.Where(which).Select(r => r.Name).Where(n => Table(n) is null).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        if (_skipped.Add((rule.Id, "*", 0)))
        {
            Problems.Add(ValidationRules.NotChecked, (missing.Count == 1
                ? $"{rule.Id} not checked: it needs the table {missing[0]}, which could not be read (see above)"
                : $"{rule.Id} not checked: it needs the tables {string.Join(", ", missing)}, which could not be read (see above)"), null);
        }

        return false;
    }
}
