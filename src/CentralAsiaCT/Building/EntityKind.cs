using System;

namespace CentralAsiaCT.Building;

/// <summary>
/// One kind of entity in the registry: the word the <c>entities</c> table registers it by, the table that defines it
/// and the column of its IDs, its record type, and how the reader reads it. A kind of the built-in model is read by its
/// stage (<see cref="ReadStage"/>); a kind added through the registry is read row by row by <see cref="Create"/>, on
/// its own stage named by its table.
/// </summary>
/// <param name="Word">The kind as the <c>entities</c> table writes it (<c>state</c>, <c>plan</c>).</param>
/// <param name="Table">The table that defines entities of this kind. Kinds that share a table (plans and declarations
/// in <c>documents</c>) are told apart by the table's <c>kind</c> column.</param>
/// <param name="IdColumn">The column of the entity's ID (<c>alpha3</c> for states, else <c>id</c>).</param>
/// <param name="Type">The record type of the kind.</param>
internal sealed record EntityKind(string Word, string Table, string IdColumn, Type Type)
{
    /// <summary>The name of the reader's stage that reads this kind: its table unless several tables are read together
    /// (the strategy with its pillars and reviews).</summary>
    public string Stage { get; init; } = Table;

    /// <summary>Reads the stage that holds this kind (and the stages it refers to); null for a kind read by <see cref="Create"/> alone.</summary>
    public Action<DataSetReader>? ReadStage { get; init; }

    /// <summary>How a row of <see cref="Table"/> becomes an entity of this kind, for the kinds read row by row.</summary>
    public Func<EntityRow, Entity>? Create { get; init; }
}
