using System;

namespace CentralAsiaCT.Building;

/// <summary>
/// One kind of entity in the registry: the word the <c>entities</c> table registers it by, the table that defines it
/// and the column of its IDs, its record type, and how the reader reads it. A kind of the built-in model is read by the
/// reader's stage of that name; a kind added through the registry is read row by row by <see cref="Create"/>, on a stage
/// named by its table.
/// </summary>
/// <remarks>Fields, not properties: the registry is read on the path of every first question, where each accessor is one
/// more method to compile (the cold-start harness counted 10 for this type as a record).</remarks>
internal sealed class EntityKind
{
    /// <summary>The kind as the <c>entities</c> table writes it (<c>state</c>, <c>plan</c>).</summary>
    public readonly string Word;

    /// <summary>The table that defines entities of this kind. Kinds that share a table (plans and declarations in
    /// <c>documents</c>) are told apart by the table's <c>kind</c> column.</summary>
    public readonly string Table;

    /// <summary>The column of the entity's ID (<c>alpha3</c> for states, else <c>id</c>).</summary>
    public readonly string IdColumn;

    /// <summary>The record type of the kind.</summary>
    public readonly Type Type;

    /// <summary>The name of the reader's stage that reads this kind: its table unless several tables are read together
    /// (the strategy with its pillars and reviews).</summary>
    public readonly string Stage;

    /// <summary>How a row of <see cref="Table"/> becomes an entity of this kind, for the kinds read row by row (every
    /// kind of document, and a kind added through the registry).</summary>
    public readonly Func<EntityRow, Entity>? Create;

    /// <summary>The columns the kind declares for the reader, the validator and the presentation (empty for the
    /// built-in kinds, whose columns their own stages and rules read).</summary>
    public readonly System.Collections.Immutable.ImmutableArray<KindColumn> Columns;

    public EntityKind(string word, string table, string idColumn, Type type, Func<EntityRow, Entity>? create = null, string? stage = null, System.Collections.Immutable.ImmutableArray<KindColumn> columns = default)
    {
        Columns = columns.IsDefault ? [] : columns;
        Word = word;
        Table = table;
        IdColumn = idColumn;
        Type = type;
        Create = create;
        Stage = stage ?? table;
    }
}
