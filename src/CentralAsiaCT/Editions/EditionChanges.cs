using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT.Editions;

/// <summary>
/// What changed, fact by fact, from an older edition of the data set to a newer one: each fact (a row of a table, by
/// its primary key) added or removed, and each field of a kept fact that holds another value, with the sources of
/// each side. Made by <see cref="CentralAsiaData.ChangesSince(CentralAsiaData)"/>,
/// <see cref="CentralAsiaData.ChangesSince(string)"/> or <see cref="Between(string, string)"/>.
/// </summary>
/// <param name="Name">The data package's name, the same for both editions.</param>
/// <param name="OlderVersion">The older edition's data version.</param>
/// <param name="NewerVersion">The newer edition's data version.</param>
/// <param name="Changes">Every change, table by table in the newer edition's order (tables only the older has come
/// last), then added, removed and changed facts each in their table's order.</param>
public sealed record EditionChanges(string Name, string OlderVersion, string NewerVersion, ImmutableArray<FactChange> Changes)
{
    /// <summary>The changes between two data packages of this data set on disk (folders or zip archives), of any data
    /// version, without loading either: an older edition than this library reads can be compared.</summary>
    /// <param name="olderPackage">The older package's folder or zip archive.</param>
    /// <param name="newerPackage">The newer package's folder or zip archive.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="Validation.DataPackageException">A package cannot be read.</exception>
    /// <exception cref="ArgumentException">The two packages are not editions of the same data set (their names differ).</exception>
    public static EditionChanges Between(string olderPackage, string newerPackage)
    {
        Argument.NotNull(olderPackage);

        Argument.NotNull(newerPackage);

        return EditionComparison.Compare(EditionTables.Read(olderPackage), EditionTables.Read(newerPackage));
    }

    /// <summary>How many facts each table gained, lost and changed.</summary>
    /// <returns>Columns <c>Table</c>, <c>Added</c>, <c>Removed</c>, <c>Changed</c> (facts with at least one changed field).</returns>
    public FactTable SummaryTable()
    {
        var rows = Changes.GroupBy(static c => c.Table).Select(g => new FactRow(
            ImmutableArray.Create<string?>(
                g.Key,
                Count(g.Count(static c => c.Kind == ChangeKind.Added)),
                Count(g.Count(static c => c.Kind == ChangeKind.Removed)),
                Count(g.Where(static c => c.Kind == ChangeKind.Changed).Select(static c => c.Key).Distinct().Count())),
            null)).ToImmutableArray();
        return new FactTable($"Changes of {Name} from {OlderVersion} to {NewerVersion}, by table", ImmutableArray.Create("Table", "Added", "Removed", "Changed"), rows)
        {
            Fields = ImmutableArray.Create("table", "added", "removed", "changed"),
        };
    }

    /// <summary>Every change, one row each, for the command line and the exports.</summary>
    /// <returns>Columns <c>Change</c>, <c>Table</c>, <c>Key</c>, <c>Entity</c>, <c>Field</c>, <c>Old</c>, <c>New</c>,
    /// <c>Old sources</c>, <c>New sources</c>.</returns>
    public FactTable ToTable()
    {
        var rows = Changes.Select(static c => new FactRow(
            ImmutableArray.Create<string?>(Word(c.Kind), c.Table, c.Key, c.EntityId, c.Field, c.OldValue, c.NewValue, c.OldSources, c.NewSources),
            null)).ToImmutableArray();
        return new FactTable($"Changes of {Name} from {OlderVersion} to {NewerVersion}", ImmutableArray.Create("Change", "Table", "Key", "Entity", "Field", "Old", "New", "Old sources", "New sources"), rows)
        {
            Fields = ImmutableArray.Create("change", "table", "key", "entity_id", "field", "old_value", "new_value", "old_source_ids", "new_source_ids"),
        };
    }

    /// <summary>The data section of a changelog: a heading with the newer version, the count of changes by table, and
    /// every fact removed or changed with its old and new value (facts added are counted, not listed).</summary>
    /// <returns>Markdown text.</returns>
    public string ToChangelog()
    {
        var text = new StringBuilder();
        text.Append("### Data ").Append(NewerVersion).Append("\n\n")
            .Append("Produced by `centralasia-ct diff` against the ").Append(OlderVersion).Append(" package: ")
            .Append(Count(Changes.Count(static c => c.Kind == ChangeKind.Added))).Append(" facts added, ")
            .Append(Count(Changes.Count(static c => c.Kind == ChangeKind.Removed))).Append(" removed, ")
            .Append(Count(Changes.Count(static c => c.Kind == ChangeKind.Changed))).Append(" fields changed.\n\n")
            .Append("| Table | Added | Removed | Changed |\n|---|---:|---:|---:|\n");
        foreach (var row in SummaryTable().Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Cells)).Append(" |\n");
        }

        var listed = Changes.Where(static c => c.Kind != ChangeKind.Added).ToList();
        if (listed.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var change in listed)
        {
            text.Append("- ").Append(change.Table).Append(" `").Append(change.Key).Append('`');
            text.Append(change.Kind == ChangeKind.Removed
                ? " removed"
                : $" {change.Field}: {Shown(change.OldValue)} → {Shown(change.NewValue)}");
            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Shown(string? value) => value is null or "" ? "(none)" : "`" + value + "`";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };
}
