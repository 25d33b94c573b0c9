namespace CentralAsiaCT.Editions;

/// <summary>One difference between two editions: a fact (a row of a table, known by its primary key) added, removed,
/// or changed in one field.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Table">The table of the data package (<c>names</c>, <c>participations</c>, ...).</param>
/// <param name="Key">The fact's primary key cells joined by <c>|</c>, as <c>citations.csv</c> writes them
/// (<c>KAZ|en|official|Kazakhstan</c>).</param>
/// <param name="EntityId">The entity the fact is about (its <c>entity_id</c>, <c>id</c> or first key cell).</param>
/// <param name="Field">The field that changed; <see langword="null"/> for a fact added or removed whole.</param>
/// <param name="OldValue">The older value (for a removed fact, its cells as <c>field=value</c> pairs); <see langword="null"/>
/// where the older edition has none.</param>
/// <param name="NewValue">The newer value (for an added fact, its cells); <see langword="null"/> where the newer has none.</param>
/// <param name="OldSources">The fact's source IDs in the older edition, <c>;</c>-separated; <see langword="null"/> where it has none.</param>
/// <param name="NewSources">The fact's source IDs in the newer edition.</param>
public sealed record FactChange(ChangeKind Kind, string Table, string Key, string EntityId, string? Field, string? OldValue, string? NewValue, string? OldSources, string? NewSources);
